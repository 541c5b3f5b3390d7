/**
 * Whether a value can be opened in the editor: a route map whose only problems are ones a
 * maintainer fixes in a form field (a wrong number, a missing English text). A file with a broken
 * structure (a step leading nowhere, a partner that does not exist) is refused. Pure.
 */
import type { RouteMap } from '../routemap/types';
import { validateRouteMap, type Problem } from '../routemap/validate';

/** The file's own bookkeeping: every download sets it anew, so an old or odd value does not matter. */
const RESET = { version: 2000010101, checked: '2000-01-01' };

export type Editable = { ok: true; routeMap: RouteMap } | { ok: false; problems: Problem[] };

export function checkEditable(value: unknown): Editable {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '(file)', message: 'is not a route map' }] };
  }
  const validation = validateRouteMap({ ...value, ...RESET, copied: undefined });
  if (validation.ok) return { ok: true, routeMap: value as RouteMap };
  const structural = validation.problems.filter((problem) => problem.kind === undefined);
  return structural.length === 0 ? { ok: true, routeMap: value as RouteMap } : { ok: false, problems: structural };
}
