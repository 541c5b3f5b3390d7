import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGES, screenOf, stepPath, walkTo } from './navigation';
import { RESERVED_ROUTE_IDS } from './routemap/schema';

describe('step URLs', () => {
  it('name the route and the step', () => {
    expect(stepPath('persoon', 'aangifte-vorm')).toBe('/persoon/aangifte-vorm');
    expect(screenOf('/persoon/aangifte-vorm')).toEqual({ name: 'step', routeId: 'persoon', stepId: 'aangifte-vorm' });
  });

  it('open a route at its start when the step is left out', () => {
    expect(screenOf('/locatie')).toEqual({ name: 'step', routeId: 'locatie', stepId: undefined });
    expect(screenOf('/locatie/')).toEqual({ name: 'step', routeId: 'locatie', stepId: undefined });
  });

  it("of a route never collide with a fixed page: the validator refuses a route with a page's name", () => {
    for (const path of Object.values(PAGES)) expect(RESERVED_ROUTE_IDS).toContain(path.slice(1));
  });

  it('tell the fixed pages and home apart from steps', () => {
    expect(screenOf('/')).toEqual({ name: 'home' });
    expect(screenOf('/partners')).toEqual({ name: 'partners' });
    expect(screenOf('/instellingen')).toEqual({ name: 'settings' });
    expect(screenOf('/afdrukken')).toEqual({ name: 'print' });
  });
});

describe('any link, however mangled', () => {
  it('names a screen: a broken escape (a link cut off in a chat) is an unknown step, not a crash', () => {
    expect(screenOf('/persoon/%E0%A4%A')).toEqual({ name: 'step', routeId: 'persoon', stepId: '%E0%A4%A' });
    expect(screenOf('/%')).toEqual({ name: 'step', routeId: '%', stepId: undefined });
  });

  it('never throws, whatever the path', () => {
    const seed = Number(process.env.FC_SEED ?? 20261202);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webPath(),
          fc.array(fc.constantFrom('/', '%', 'E0', 'A4', 'persoon', '\u00e9', '..')).map((parts) => parts.join('')),
        ),
        (path) => {
          expect(() => screenOf(path)).not.toThrow();
        },
      ),
      { seed, numRuns: 500 },
    );
  });
});

describe('the walk', () => {
  it('starts at a step opened from a link, so what it showed counts later', () => {
    expect(walkTo([], 'ondersteuning-shop')).toEqual(['ondersteuning-shop']);
  });
  it('is kept as walked when it already ends at this step (an answer, back, a reload)', () => {
    expect(walkTo(['start', 'ondersteuning-shop'], 'ondersteuning-shop')).toEqual(['start', 'ondersteuning-shop']);
  });
});
