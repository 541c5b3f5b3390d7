/**
 * What a draft changes against the published map, field by field, for the change summary a
 * maintainer prints for sign-off. (What alters whom a worker reaches is routemap/reach-changes.ts.) Pure.
 */
import type { RouteMap } from '../routemap/types';
import { joinPath, type Segment } from './paths';

export interface Change {
  path: string;
  /** Undefined: the field is new. */
  before?: string;
  /** Undefined: the field was removed. */
  after?: string;
}

/** The file's own bookkeeping, which every download changes: not a change to sign off. */
const BOOKKEEPING = new Set(['version', 'checked']);

/** Every text of a map by its path; a region's municipalities by name, so a new one is one change. */
function leaves(value: unknown, segments: Segment[] = [], into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value) && segments.at(-1) === 'municipalities') {
    for (const name of value) into.set(`${joinPath(segments)}\u0000${String(name)}`, String(name));
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) leaves(item, [...segments, i], into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (segments.length === 0 && BOOKKEEPING.has(key)) continue;
      leaves(item, [...segments, key], into);
    }
  } else if (value !== undefined) {
    into.set(joinPath(segments), String(value));
  }
  return into;
}

export function changesBetween(published: RouteMap, draft: RouteMap): Change[] {
  const before = leaves(published);
  const after = leaves(draft);
  const changes: Change[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(key) === after.get(key)) continue;
    changes.push({ path: key.split('\u0000')[0], before: before.get(key), after: after.get(key) });
  }
  return changes;
}
