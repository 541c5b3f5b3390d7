import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { findStep } from './find-step';

describe('the step a link names', () => {
  const routeMap = shipped as RouteMap;

  it("is the route's start when the link names no step", () => {
    expect(findStep(routeMap, 'persoon')).toMatchObject({ routeId: 'persoon', stepId: routeMap.routes.persoon.start });
  });

  it('is a step of that route', () => {
    expect(findStep(routeMap, 'locatie', 'einde')?.step.type).toBe('end');
  });

  it('is nothing for ids the map does not have, prototype names included', () => {
    for (const [routeId, stepId] of [
      ['constructor', undefined],
      ['persoon', 'toString'],
      ['persoon', '__proto__'],
      ['nergens', 'acuut'],
    ]) {
      expect(findStep(routeMap, routeId as string, stepId)).toBeUndefined();
    }
  });
});
