/**
 * What the home screen shows of a route map: its texts, its routes' titles and first steps, and
 * its date. Built into the main bundle (scripts/vite-plugins.ts), so the home screen is live
 * before the route map itself has loaded; it stays this size however large the map grows.
 */
import { LANGUAGES, type MapTexts, type Route, type RouteMap, type Term } from './types';
import { termsUsed } from './terms';

export interface HomeMap {
  checked: string;
  texts?: MapTexts;
  /** Only the explained words the home's own texts use. */
  terms?: Term[];
  routes: Record<string, Pick<Route, 'title' | 'when' | 'start'>>;
}

export function homeMapOf(routeMap: RouteMap): HomeMap {
  const routes = Object.fromEntries(Object.entries(routeMap.routes).map(([id, { title, when, start }]) => [id, { title, when, start }]));
  const texts = Object.values(routeMap.texts ?? {});
  const terms = (routeMap.terms ?? []).filter((term) =>
    LANGUAGES.some(
      (language) =>
        termsUsed(
          [term],
          texts.map((text) => text[language]),
          language,
        ).length > 0,
    ),
  );
  return { checked: routeMap.checked, ...(routeMap.texts && { texts: routeMap.texts }), ...(terms.length > 0 && { terms }), routes };
}
