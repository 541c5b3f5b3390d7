/**
 * Changing the map itself, not only its values: partners added and removed. Pure: each
 * operation takes a route map and returns a new one (or why it cannot), for the editor's forms
 * and the tests alike.
 */
import type { Partner, RouteMap } from '../routemap/types';

/** The validator's id rule: lower-case letters, digits and hyphens, at most 64, not starting with a hyphen. */
const MAX_ID = 64;

/**
 * A safe, readable id from a name, unique among `taken`: "Stichting Voorbeeld" → "stichting-voorbeeld",
 * then "stichting-voorbeeld-2". Made once, when the partner is added, and never changed after: step
 * URLs and stored choices keep working when the name is corrected.
 */
export function idFromName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_ID - 3)
      .replace(/-+$/, '') || 'partner';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A new partner with only its name: the form then asks for the rest, checked as it is typed. */
export function addPartner(routeMap: RouteMap, name: string): { routeMap: RouteMap; id: string } {
  const id = idFromName(name, Object.keys(routeMap.partners));
  const partner: Partner = {
    name: name.trim(),
    group: 'care',
    about: { nl: '', en: '' },
    purpose: { nl: '', en: '' },
    phones: [],
    emails: [],
    websites: [],
    notes: [],
  };
  return { routeMap: { ...routeMap, partners: { ...routeMap.partners, [id]: partner } }, id };
}

export interface StepRef {
  routeId: string;
  stepId: string;
}

/** The outcomes that send users to a partner. */
export function stepsListing(routeMap: RouteMap, partnerId: string): StepRef[] {
  return Object.entries(routeMap.routes).flatMap(([routeId, route]) =>
    Object.entries(route.steps)
      .filter(([, step]) => step.type === 'outcome' && step.partners.includes(partnerId))
      .map(([stepId]) => ({ routeId, stepId })),
  );
}

export type PartnerRemoval = { ok: true; routeMap: RouteMap } | { ok: false; listedIn: StepRef[] };

/** Removes a partner no step lists; refuses, saying where, while one does. */
export function removePartner(routeMap: RouteMap, partnerId: string): PartnerRemoval {
  const listedIn = stepsListing(routeMap, partnerId);
  if (listedIn.length > 0) return { ok: false, listedIn };
  const partners = Object.fromEntries(Object.entries(routeMap.partners).filter(([id]) => id !== partnerId));
  return { ok: true, routeMap: { ...routeMap, partners } };
}
