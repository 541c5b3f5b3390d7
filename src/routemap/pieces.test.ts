import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import { bigRouteMap } from '../../scripts/big-route-map.mjs';
import type { RouteMap } from './types';
import { atOnce, inPieces, SLICE_MS, type Deadline } from './pieces';
import { updateDecision } from './update';
import { validateRouteMap, validationOf } from './validate';

const big = bigRouteMap(shipped as RouteMap, 10);

/** Idle moments that each have room for `pieces` pieces, counted as they are given. */
function moments(pieces: number): { next: () => Promise<Deadline>; given: number } {
  const counter = {
    given: 0,
    next: async (): Promise<Deadline> => {
      counter.given++;
      let left = pieces;
      return { timeRemaining: () => --left };
    },
  };
  return counter;
}

describe('a check in pieces', () => {
  it('reaches the same verdict as at once, for a valid and a broken map', async () => {
    const broken = structuredClone(big);
    broken.routes.persoon.start = 'nergens';
    for (const routeMap of [big, broken]) {
      const onePerMoment = moments(1);
      const inSteps = await inPieces(validationOf(routeMap), onePerMoment.next);
      expect(inSteps).toEqual(validateRouteMap(routeMap));
      expect(onePerMoment.given).toBeGreaterThan(10);
    }
    expect(validateRouteMap(big).ok).toBe(true);
    expect(validateRouteMap(broken).ok).toBe(false);
  });

  it('uses as many idle moments as the device needs: fewer when each is long, more when each is short', async () => {
    const stillClock = () => 0;
    const long = moments(1_000);
    await inPieces(validationOf(shipped), long.next, stillClock);
    expect(long.given).toBe(1);
    const short = moments(2);
    await inPieces(validationOf(big), short.next, stillClock);
    const shorter = moments(1);
    await inPieces(validationOf(big), shorter.next, stillClock);
    expect(shorter.given).toBeGreaterThan(short.given);
    // A moment with no time left (the browser's timeout) still does one piece: the check ends.
    const none = moments(0);
    expect((await inPieces(validationOf(shipped), none.next)).ok).toBe(true);
  });

  it('uses at most a few milliseconds of a long idle moment, then waits for the next', async () => {
    // Each piece takes 1 ms on this clock; the browser offers endless moments.
    let clock = 0;
    const endless = moments(Number.POSITIVE_INFINITY);
    const counted = (function* () {
      for (let i = 0; i < 20; i++) {
        clock += 1;
        yield;
      }
      return 'done';
    })();
    expect(await inPieces(counted, endless.next, () => clock)).toBe('done');
    // Four pieces a moment, and one more moment in which the check finds it is done.
    expect(endless.given).toBe(20 / SLICE_MS + 1);
    const pieces = [
      ...(function* () {
        const steps = validationOf(big);
        while (!steps.next().done) yield;
      })(),
    ];
    // Shape check per thousand values, ten partners, every route and section: many short pieces.
    expect(pieces.length).toBeGreaterThan(20);
  });

  it('decides on a published file the same way in pieces', async () => {
    const newer = { ...big, version: (shipped as RouteMap).version + 1 };
    const text = JSON.stringify(newer);
    const now = new Date('2026-12-03T12:00:00Z');
    const decided = await inPieces(updateDecision(shipped as RouteMap, text, now), moments(1).next);
    expect(decided).toEqual(atOnce(updateDecision(shipped as RouteMap, text, now)));
    expect(decided.accept).toBe(true);
  });
});
