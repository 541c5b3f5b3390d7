/**
 * Changing the map itself, not only its values: partners added and removed, steps put in and
 * taken out. Pure: each operation takes a route map and returns a new one (or why it cannot),
 * for the editor's forms and the tests alike. The validator then judges the result.
 */
import type { Choice, Partner, Route, RouteMap, Step } from '../routemap/types';
import { MAX_ID_LENGTH, RESERVED_ROUTE_IDS } from '../routemap/schema';
import { exitsOf, onwardOf } from '../routemap/exits';
import { getAt, parsePath, setAt } from './paths';

/**
 * A safe, readable id from a name (the id rule: routemap/schema.ts), unique among `taken`: "Stichting Voorbeeld" → "stichting-voorbeeld",
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
      // Room for a number that makes it unique.
      .slice(0, MAX_ID_LENGTH - 3)
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

/** For whom a partner is, as the editor asks it: everyone, one region, or chosen municipalities. */
export type PartnerScope = { for: 'everyone' } | { for: 'region'; region: string } | { for: 'municipalities'; municipalities: string[] };

export function scopeOf(partner: Partner): PartnerScope {
  if (partner.municipalities) return { for: 'municipalities', municipalities: partner.municipalities };
  if (partner.region !== undefined) return { for: 'region', region: partner.region };
  return { for: 'everyone' };
}

/** The partner for whom the owner says, and no longer for whom it was: a region and municipalities never both. */
export function withScope(routeMap: RouteMap, partnerId: string, scope: PartnerScope): RouteMap {
  const { region: _region, municipalities: _municipalities, ...partner } = routeMap.partners[partnerId];
  const scoped: Partner =
    scope.for === 'region' ? { ...partner, region: scope.region } : scope.for === 'municipalities' ? { ...partner, municipalities: scope.municipalities } : partner;
  return { ...routeMap, partners: { ...routeMap.partners, [partnerId]: scoped } };
}

/**
 * The municipalities a partner can be for, by region in the map's order; then, with no region,
 * those ticked that no region has any more (renamed there, say), so they can be unticked.
 */
export function municipalityChoices(routeMap: RouteMap, chosen: readonly string[]): Array<{ region?: string; municipalities: string[] }> {
  const byRegion = Object.entries(routeMap.regions).map(([region, { municipalities }]) => ({ region, municipalities }));
  const known = new Set(byRegion.flatMap((group) => group.municipalities));
  const stale = chosen.filter((municipality) => !known.has(municipality));
  return stale.length > 0 ? [...byRegion, { municipalities: stale }] : byRegion;
}

/** The municipalities a partner is for, one ticked or unticked, in the order of municipalityChoices. */
export function withMunicipality(routeMap: RouteMap, chosen: readonly string[], municipality: string, ticked: boolean): string[] {
  const all = municipalityChoices(routeMap, chosen).flatMap((group) => group.municipalities);
  return all.filter((each) => (each === municipality ? ticked : chosen.includes(each)));
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

/** A new step's id: readable, unique in its route ("vraag-2", "partners-3", "keuze"). */
function newStepId(route: Route, kind: 'vraag' | 'partners' | 'keuze'): string {
  return idFromName(kind, Object.keys(route.steps));
}

const EMPTY = { nl: '', en: '' };

/** A new step of this type whose every answer goes on to `target`, until the owner says otherwise. */
function newStep(type: 'question' | 'outcome' | 'choice', target: string): Step {
  if (type === 'question') return { type, text: { ...EMPTY }, yes: target, no: target };
  if (type === 'choice') return { type, text: { ...EMPTY }, options: [0, 1].map(() => ({ label: { ...EMPTY }, next: target })) };
  return { type, partners: [], next: target };
}

const ID_KIND = { question: 'vraag', outcome: 'partners', choice: 'keuze' } as const;

function withStep(routeMap: RouteMap, routeId: string, route: Route): RouteMap {
  return { ...routeMap, routes: { ...routeMap.routes, [routeId]: route } };
}

/**
 * Puts a new step between an answer and where it led: a question or a choice (each answer goes
 * on to that step, until the owner says otherwise) or an outcome (with no partner yet: the editor
 * asks for one). Returns the new step's id.
 */
export function insertStep(routeMap: RouteMap, answerPath: string, type: 'question' | 'outcome' | 'choice'): { routeMap: RouteMap; id: string } {
  const [, routeId] = parsePath(answerPath) as [string, string];
  const route = routeMap.routes[routeId];
  const target = getAt(routeMap, answerPath) as string;
  const id = newStepId(route, ID_KIND[type]);
  const step = newStep(type, target);
  const linked = setAt(routeMap, answerPath, id);
  return { routeMap: withStep(linked, routeId, { ...linked.routes[routeId], steps: { ...linked.routes[routeId].steps, [id]: step } }), id };
}

/** `onward`: the step that took the removed one's place. */
export type StepRemoval = { ok: true; routeMap: RouteMap; onward: string } | { ok: false; reason: 'end' };

/**
 * Takes a question, a choice or an outcome out of its route: whatever led to it now leads where
 * it went on to (routemap/exits.ts: a question's Nee, a choice's first option, an outcome's way
 * on), so the route stays whole. The end is not removed: a route needs one.
 */
export function removeStep(routeMap: RouteMap, routeId: string, stepId: string): StepRemoval {
  const route = routeMap.routes[routeId];
  const step = route.steps[stepId];
  const onward = onwardOf(step);
  if (onward === undefined) return { ok: false, reason: 'end' };
  let next = routeMap;
  for (const [id, other] of Object.entries(route.steps)) {
    for (const exit of exitsOf(other)) {
      if (exit.target === stepId) next = setAt(next, `routes.${routeId}.steps.${id}.${exit.field}`, onward);
    }
  }
  const steps = Object.fromEntries(Object.entries(next.routes[routeId].steps).filter(([id]) => id !== stepId));
  const start = route.start === stepId ? onward : route.start;
  return { ok: true, routeMap: withStep(next, routeId, { ...next.routes[routeId], start, steps }), onward };
}

/** A choice with one more option, going on where its last one does. */
export function withOption(choice: Choice): Choice {
  const last = choice.options[choice.options.length - 1];
  return { ...choice, options: [...choice.options, { label: { ...EMPTY }, next: last.next }] };
}

/** A choice without one option; a choice keeps at least two (with one, it is no choice). */
export function withoutOption(choice: Choice, index: number): Choice | undefined {
  if (choice.options.length <= 2) return undefined;
  return { ...choice, options: choice.options.filter((_, i) => i !== index) };
}

/**
 * A new route with its title, one question and its end: the owner then writes when to choose it
 * and the question, and builds on from there. Its id is made from the title, once.
 */
export function addRoute(routeMap: RouteMap, title: string): { routeMap: RouteMap; id: string } {
  const id = idFromName(title, [...Object.keys(routeMap.routes), ...RESERVED_ROUTE_IDS]);
  const route: Route = {
    title: { nl: title.trim(), en: '' },
    when: { ...EMPTY },
    start: 'vraag',
    steps: { vraag: newStep('question', 'einde'), einde: { type: 'end' } },
  };
  return { routeMap: { ...routeMap, routes: { ...routeMap.routes, [id]: route } }, id };
}

/** Takes a route off the map; the map keeps at least one. */
export function removeRoute(routeMap: RouteMap, routeId: string): RouteMap | undefined {
  if (Object.keys(routeMap.routes).length <= 1) return undefined;
  return { ...routeMap, routes: Object.fromEntries(Object.entries(routeMap.routes).filter(([id]) => id !== routeId)) };
}
