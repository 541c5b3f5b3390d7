import { describe, expect, it } from 'vitest';
import { screenOf, stepPath } from './navigation';

describe('step URLs', () => {
  it('name the route and the step', () => {
    expect(stepPath('persoon', 'aangifte-vorm')).toBe('/persoon/aangifte-vorm');
    expect(screenOf('/persoon/aangifte-vorm')).toEqual({ name: 'step', routeId: 'persoon', stepId: 'aangifte-vorm' });
  });

  it('open a route at its start when the step is left out', () => {
    expect(screenOf('/locatie')).toEqual({ name: 'step', routeId: 'locatie', stepId: undefined });
    expect(screenOf('/locatie/')).toEqual({ name: 'step', routeId: 'locatie', stepId: undefined });
  });

  it('tell the fixed pages and home apart from steps', () => {
    expect(screenOf('/')).toEqual({ name: 'home' });
    expect(screenOf('/partners')).toEqual({ name: 'partners' });
    expect(screenOf('/instellingen')).toEqual({ name: 'settings' });
    expect(screenOf('/afdrukken')).toEqual({ name: 'print' });
  });
});
