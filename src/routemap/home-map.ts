/**
 * What the home screen shows of a route map: its texts, its routes' titles and first steps, and
 * its date. Built into the main bundle (scripts/vite-plugins.ts), so the home screen is live
 * before the route map itself has loaded; it stays this size however large the map grows.
 */
import type { MapTexts, Route, RouteMap } from './types';

export interface HomeMap {
  checked: string;
  texts?: MapTexts;
  routes: Record<string, Pick<Route, 'title' | 'when' | 'start'>>;
}

export function homeMapOf(routeMap: RouteMap): HomeMap {
  const routes = Object.fromEntries(
    Object.entries(routeMap.routes).map(([id, { title, when, start }]) => [id, { title, when, start }]),
  );
  return { checked: routeMap.checked, ...(routeMap.texts && { texts: routeMap.texts }), routes };
}
