/**
 * Whether a published data file may replace the route map in use. Pure: the app's updater and
 * the tests share it.
 */
import type { RouteMap } from './types';
import { describeProblems, validationOf } from './validate';
import { atOnce, type Pieces } from './pieces';
import { readDataFile } from './data-file';

export type UpdateDecision = { accept: true; routeMap: RouteMap } | { accept: false; reason: 'too-large' | 'not-json' | 'invalid' | 'not-newer'; detail: string };

export function decideUpdate(current: RouteMap, fileText: string, now = new Date()): UpdateDecision {
  return atOnce(updateDecision(current, fileText, now));
}

export type PublishedReading = { ok: true; routeMap: RouteMap } | { ok: false; reason: 'too-large' | 'not-json' | 'invalid'; detail: string };

/** A published file read and checked by the apps' rules, whatever its version: what the editor starts from. In pieces (see ./pieces.ts). */
export function* publishedReading(fileText: string, now = new Date()): Pieces<PublishedReading> {
  const file = readDataFile(fileText);
  if (!file.ok) return { ok: false, reason: file.reason, detail: file.detail };
  yield;
  const validation = yield* validationOf(file.value, { now });
  if (!validation.ok) return { ok: false, reason: 'invalid', detail: describeProblems(validation.problems) };
  return { ok: true, routeMap: validation.routeMap };
}

/** The same decision in pieces (see ./pieces.ts), for the app to check a file while it stays responsive. */
export function* updateDecision(current: RouteMap, fileText: string, now = new Date()): Pieces<UpdateDecision> {
  const reading = yield* publishedReading(fileText, now);
  if (!reading.ok) return { accept: false, reason: reading.reason, detail: reading.detail };
  if (reading.routeMap.version <= current.version) {
    return {
      accept: false,
      reason: 'not-newer',
      detail: `version ${reading.routeMap.version} is not newer than ${current.version}`,
    };
  }
  return { accept: true, routeMap: reading.routeMap };
}
