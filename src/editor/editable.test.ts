import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import { checkEditable } from './editable';
import { setAt } from './paths';

describe('what the editor opens', () => {
  it('opens a map with field problems, to be fixed in the form', () => {
    expect(checkEditable(setAt(shipped, 'partners.shop.phones[1].number', '06-1')).ok).toBe(true);
    expect(checkEditable({ ...shipped, version: 99 }).ok).toBe(true);
  });

  it('refuses a map with a broken structure, and anything that is not a map', () => {
    const broken = checkEditable(setAt(shipped, 'routes.persoon.steps.acuut.yes', 'nergens'));
    expect(broken.ok).toBe(false);
    expect(broken.ok ? [] : broken.problems.map((p) => p.path)).toContain('routes.persoon.steps.acuut.yes');
    expect(checkEditable({ ...shipped, copied: '2099-01-01' }).ok).toBe(false);
    expect(checkEditable([]).ok).toBe(false);
    expect(checkEditable('routekaart').ok).toBe(false);
  });
});
