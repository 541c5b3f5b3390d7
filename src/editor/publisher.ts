/**
 * The owners' facts (the map's `publisher`) as the editor changes them: a field left empty is
 * left out of the file, and so is the whole `publisher` once nothing is in it, so a published file
 * never says that a fact exists when it does not. Pure.
 */
import type { Publisher, RouteMap } from '../routemap/types';

export type PublisherKey = keyof Publisher;

export function withPublisherField(routeMap: RouteMap, key: PublisherKey, value: string): RouteMap {
  const publisher: Record<string, string> = { ...routeMap.publisher };
  if (value.trim() === '') delete publisher[key];
  else publisher[key] = value;
  const changed: RouteMap = { ...routeMap, publisher: publisher as Publisher };
  if (Object.keys(publisher).length === 0) delete changed.publisher;
  return changed;
}
