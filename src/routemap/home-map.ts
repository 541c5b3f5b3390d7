/**
 * What the home screen shows of a route map: its texts, its routes' titles and first steps, and
 * its date. Built into the main bundle (scripts/vite-plugins.ts), so the home screen is live
 * before the route map itself has loaded; it stays this size however large the map grows.
 */
import type { MapTexts, Route, RouteMap, Term } from './types';

export interface HomeMap {
  checked: string;
  texts?: MapTexts;
  /** Only the explained words the home's own texts use. */
  terms?: Term[];
  routes: Record<string, Pick<Route, 'title' | 'when' | 'start'>>;
}

export function homeMapOf(routeMap: RouteMap): HomeMap {
  const routes = Object.fromEntries(
    Object.entries(routeMap.routes).map(([id, { title, when, start }]) => [id, { title, when, start }]),
  );
  const homeTexts = Object.values(routeMap.texts ?? {}).flatMap((text) => [text.nl, text.en]).join('\n').toLocaleLowerCase();
  const terms = (routeMap.terms ?? []).filter((term) => homeTexts.includes(term.term.nl.toLocaleLowerCase()) || homeTexts.includes(term.term.en.toLocaleLowerCase()));
  return { checked: routeMap.checked, ...(routeMap.texts && { texts: routeMap.texts }), ...(terms.length > 0 && { terms }), routes };
}
