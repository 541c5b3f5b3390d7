import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import { bigRouteMap } from '../../scripts/big-route-map.mjs';
import type { RouteMap } from './types';
import { atOnce, inPieces } from './pieces';
import { updateDecision } from './update';
import { validateRouteMap, validationOf } from './validate';

const big = bigRouteMap(shipped as RouteMap, 10);

describe('a check in pieces', () => {
  it('reaches the same verdict as at once, for a valid and a broken map', async () => {
    const broken = structuredClone(big);
    broken.routes.persoon.start = 'nergens';
    for (const routeMap of [big, broken]) {
      const pauses: number[] = [];
      const inSteps = await inPieces(validationOf(routeMap), async () => void pauses.push(1), 0);
      expect(inSteps).toEqual(validateRouteMap(routeMap));
      expect(pauses.length).toBeGreaterThan(10);
    }
    expect(validateRouteMap(big).ok).toBe(true);
    expect(validateRouteMap(broken).ok).toBe(false);
  });

  it('gives the main thread back between pieces of a large map, not within a small one', async () => {
    let pauses = 0;
    await inPieces(validationOf(shipped), async () => void pauses++, 1_000);
    expect(pauses).toBe(0);
    const pieces = [...(function* () { const steps = validationOf(big); while (!steps.next().done) yield; })()];
    // Shape check per thousand values, ten partners, every route and section: many short pieces.
    expect(pieces.length).toBeGreaterThan(20);
  });

  it('decides on a published file the same way in pieces', async () => {
    const newer = { ...big, version: (shipped as RouteMap).version + 1 };
    const text = JSON.stringify(newer);
    const now = new Date('2026-12-03T12:00:00Z');
    const decided = await inPieces(updateDecision(shipped as RouteMap, text, now), async () => undefined, 0);
    expect(decided).toEqual(atOnce(updateDecision(shipped as RouteMap, text, now)));
    expect(decided.accept).toBe(true);
  });
});
