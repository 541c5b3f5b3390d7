import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from '../routemap/types';
import { validateRouteMap } from '../routemap/validate';
import { setAt } from './paths';
import { addPartner, withScope } from './structure';
import { warningsOf } from './warnings';

const published = shipped as RouteMap;

describe('what the editor points out without blocking the download', () => {
  it('is nothing for the published map', () => {
    expect(warningsOf(published)).toEqual([]);
  });

  it('names a partner no route sends anyone to', () => {
    const { routeMap, id } = addPartner(published, 'Stichting Voorbeeld');
    expect(warningsOf(routeMap)).toEqual([{ kind: 'unusedPartner', path: `partners.${id}`, focus: `partners.${id}.name` }]);
  });

  it('names a step whose partners are all for chosen municipalities, though the map is valid', () => {
    const local = withScope(published, 'shop', { for: 'municipalities', municipalities: ['Katwijk'] });
    expect(validateRouteMap(local).ok).toBe(true);
    expect(warningsOf(local)).toEqual([{ kind: 'localOnly', path: 'routes.persoon.steps.ondersteuning-shop', focus: 'routes.persoon.steps.ondersteuning-shop' }]);
    // With a partner for everyone beside it, everyone sees someone there.
    expect(warningsOf(setAt(local, 'routes.persoon.steps.ondersteuning-shop.partners', ['shop', 'avim']))).toEqual([]);
  });
});
