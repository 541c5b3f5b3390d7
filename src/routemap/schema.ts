/**
 * The schema's lists and defaults that code walks at run time. Apart from types.ts, which the
 * main bundle loads: only lazily loaded screens, the validator and the editor need these.
 */
import type { AccessibilityStatus, MapTexts, Partner, PartnerGroup, Publisher, RouteMap } from './types';

/** The longest id: ids name routes, steps, partners and regions, and appear in step URLs. */
export const MAX_ID_LENGTH = 64;

/** An id is lower-case letters, digits and hyphens, not starting with a hyphen, at most MAX_ID_LENGTH. */
export function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && /^[a-z0-9][a-z0-9-]*$/.test(value);
}

/** In the order the partner list shows them. */
export const PARTNER_GROUPS: readonly PartnerGroup[] = ['urgent', 'police', 'care', 'municipality'];

/**
 * A partner for emergencies (112): its call button is red, an outcome of only such partners asks
 * the user to call, and it is not among the partners offered to talk a signal through.
 */
export function isEmergency(partner: Pick<Partner, 'group'>): boolean {
  return partner.group === 'urgent';
}

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
