/**
 * What a draft changes against the published map, field by field, for the change summary a
 * maintainer prints for sign-off. Pure.
 */
import type { RouteMap } from '../routemap/types';
import { own } from '../routemap/own';
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
    value.forEach((item, i) => leaves(item, [...segments, i], into));
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

/** What a draft adds to or takes out of the map's structure: partners, routes, and steps per route. */
export type StructuralChange =
  | { kind: 'partnerAdded' | 'partnerRemoved'; partnerId: string }
  | { kind: 'routeAdded' | 'routeRemoved'; routeId: string }
  | { kind: 'stepAdded' | 'stepRemoved'; routeId: string; stepId: string }
  | { kind: 'optionAdded' | 'optionRemoved'; routeId: string; stepId: string; option: string };

export function structuralChangesBetween(published: RouteMap, draft: RouteMap): StructuralChange[] {
  const added = (before: object, after: object) => Object.keys(after).filter((id) => !Object.prototype.hasOwnProperty.call(before, id));
  const changes: StructuralChange[] = [
    ...added(published.partners, draft.partners).map((partnerId) => ({ kind: 'partnerAdded' as const, partnerId })),
    ...added(draft.partners, published.partners).map((partnerId) => ({ kind: 'partnerRemoved' as const, partnerId })),
  ];
  changes.push(
    ...added(published.routes, draft.routes).map((routeId) => ({ kind: 'routeAdded' as const, routeId })),
    ...added(draft.routes, published.routes).map((routeId) => ({ kind: 'routeRemoved' as const, routeId })),
  );
  // A new route's steps are said by its line; a removed one's go with it.
  for (const [routeId, route] of Object.entries(draft.routes)) {
    const before = own(published.routes, routeId);
    if (!before) continue;
    for (const stepId of added(before.steps, route.steps)) changes.push({ kind: 'stepAdded', routeId, stepId });
    for (const stepId of added(route.steps, before.steps)) changes.push({ kind: 'stepRemoved', routeId, stepId });
    for (const [stepId, step] of Object.entries(route.steps)) {
      const old = own(before.steps, stepId);
      if (step.type !== 'choice' || old?.type !== 'choice' || old.options.length === step.options.length) continue;
      // Field by field, a removed option reads as the ones after it renamed: said here by label.
      const labels = (choice: typeof step) => choice.options.map((option) => option.label.nl);
      const [was, is] = [labels(old), labels(step)];
      for (const option of is.filter((label) => !was.includes(label))) changes.push({ kind: 'optionAdded', routeId, stepId, option });
      for (const option of was.filter((label) => !is.includes(label))) changes.push({ kind: 'optionRemoved', routeId, stepId, option });
    }
  }
  return changes;
}
