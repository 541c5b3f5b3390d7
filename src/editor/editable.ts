/**
 * Whether a value can be opened in the editor: a route map whose only problems are ones a
 * maintainer fixes in a form field (a wrong number, a missing English text). A file with a broken
 * structure (a step leading nowhere, a partner that does not exist) is refused. Pure.
 */
import type { RouteMap } from '../routemap/types';
import { validateRouteMap, type Problem } from '../routemap/validate';
import { localDate, nextVersion } from '../routemap/version';

export type Editable = { ok: true; routeMap: RouteMap } | { ok: false; problems: Problem[] };

export function checkEditable(value: unknown, now = new Date()): Editable {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '(file)', message: 'is not a route map' }] };
  }
  // The version and the file's date: every download sets them anew, so an old or odd value does not matter.
  const validation = validateRouteMap({ ...value, version: nextVersion(0, now), checked: localDate(now) }, { now });
  if (validation.ok) return { ok: true, routeMap: value as RouteMap };
  // The copied date has no field in the editor: a wrong one cannot be fixed there.
  const structural = validation.problems.filter((problem) => problem.kind === undefined || problem.path === 'copied');
  return structural.length === 0 ? { ok: true, routeMap: value as RouteMap } : { ok: false, problems: structural };
}
