import { describe, expect, it } from 'vitest';
import { matchesQuery } from './search';

describe('a filter', () => {
  it('finds a text holding every word typed, in any order', () => {
    expect(matchesQuery('den haag', 'Den Haag')).toBe(true);
    expect(matchesQuery('haag den', 'Den Haag')).toBe(true);
    expect(matchesQuery('  den   ', 'Den Haag')).toBe(true);
    expect(matchesQuery('den leiden', 'Den Haag')).toBe(false);
  });

  it('ignores case and accents on both sides', () => {
    expect(matchesQuery('ORIENTEREND', 'een oriënterend gesprek')).toBe(true);
    expect(matchesQuery('oriënterend', 'ORIENTEREND')).toBe(true);
    expect(matchesQuery('ijssel', 'Capelle aan den IJssel')).toBe(true);
  });

  it('matches everything while nothing is typed', () => {
    expect(matchesQuery('', 'Katwijk')).toBe(true);
    expect(matchesQuery('   ', 'Katwijk')).toBe(true);
  });
});
