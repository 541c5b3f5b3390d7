/**
 * The schema's lists and defaults that code walks at run time. Apart from types.ts, which the
 * main bundle loads: only lazily loaded screens, the validator and the editor need these.
 */
import type { AccessibilityStatus, MapTexts, PartnerGroup, Publisher, RouteMap } from './types';

/** In the order the partner list shows them. */
export const PARTNER_GROUPS: readonly PartnerGroup[] = ['urgent', 'police', 'care', 'municipality'];

/**
 * Route ids the app's own addresses use: a route's steps live at /<route id>/<step>, so a route
 * named like a page (src/navigation.ts) or the host's asset folder could never be walked.
 */
export const RESERVED_ROUTE_IDS: readonly string[] = ['instellingen', 'partners', 'afdrukken', 'routekaart', 'beheer', 'over', 'assets'];

/** The national model's statuses, best first (see types.ts). */
export const ACCESSIBILITY_STATUSES: readonly AccessibilityStatus[] = ['A', 'B', 'C', 'D', 'E'];

/** The owners' facts, in the order the editor asks for them. */
export const PUBLISHER_KEYS = ['name', 'feedback', 'statement', 'status'] as const satisfies ReadonlyArray<keyof Publisher>;

export const MAP_TEXT_KEYS = ['title', 'intro', 'spirit', 'gutFeeling', 'consult'] as const satisfies ReadonlyArray<keyof MapTexts>;

/** The day the contacts were copied from the printed map; files before schema 2 only have `checked`. */
export function copiedDate(routeMap: RouteMap): string {
  return routeMap.copied ?? routeMap.checked;
}
