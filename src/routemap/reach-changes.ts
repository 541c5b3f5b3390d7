/**
 * Every change between two route maps that alters whom a worker reaches: a partner's phones,
 * e-mail addresses, websites, notes, name and scope, partners added or removed, the partners of
 * an outcome, answers relinked, steps, options and routes added or removed. One list for the four
 * eyes: `npm run check-data -- NEW --against LIVE` prints it, the editor's change summary leads with
 * it, and the phone's update notice names its contact lines. Pure; ids are looked up among each
 * map's own entries, so an id like `constructor` is a partner like any other.
 */
import { exitsOf } from './exits';
import { own } from './own';
import type { Partner, Route, RouteMap, Step, Text } from './types';

export type ContactKind = 'phone' | 'email' | 'website';

/** Whom a partner is for: everyone (neither), one region, or chosen municipalities. */
export type Scope = Pick<Partner, 'region' | 'municipalities'>;

export type ReachChange =
  | { kind: 'partnerAdded' | 'partnerRemoved'; partnerId: string }
  | { kind: 'partnerRenamed'; partnerId: string; before: string; after: string }
  /** `path` names the contact in the map that has it: the new one, or the old one when it went. */
  | { kind: 'contact'; contact: ContactKind; partnerId: string; path: string; before?: string; after?: string }
  | { kind: 'note'; partnerId: string; path: string; before?: Text; after?: Text }
  | { kind: 'scope'; partnerId: string; before: Scope; after: Scope }
  | { kind: 'routeAdded' | 'routeRemoved'; routeId: string }
  | { kind: 'stepAdded' | 'stepRemoved'; routeId: string; stepId: string }
  | { kind: 'optionAdded' | 'optionRemoved'; routeId: string; stepId: string; option: string }
  | { kind: 'outcomePartners'; routeId: string; stepId: string; before: string[]; after: string[] }
  /** `path` is the answer's field (`routes.persoon.steps.zorgen.no`, `routes.persoon.start`); before and after are step ids. */
  | { kind: 'answer'; routeId: string; path: string; before: string; after: string };

const CONTACT_LISTS: Array<{ contact: ContactKind; field: string; values: (partner: Partner) => string[] }> = [
  { contact: 'phone', field: 'phones[#].number', values: (partner) => partner.phones.map((phone) => phone.number) },
  { contact: 'email', field: 'emails[#].address', values: (partner) => partner.emails.map((email) => email.address) },
  { contact: 'website', field: 'websites[#].url', values: (partner) => partner.websites.map((website) => website.url) },
];

/** Ids in `after` that `before` lacks, in `after`'s order. */
const added = (before: object, after: object) => Object.keys(after).filter((id) => !Object.hasOwn(before, id));
const kept = (before: object, after: object) => Object.keys(after).filter((id) => Object.hasOwn(before, id));

/**
 * A list compared by value, not by place: a number put in front of another is one new number, not
 * two changed ones. What went and what came are paired in order as "old → new".
 */
function listChanges<T>(before: T[], after: T[], key: (item: T) => string): Array<{ before?: number; after?: number }> {
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  const gone = before.flatMap((item, i) => (afterKeys.has(key(item)) ? [] : [i]));
  const came = after.flatMap((item, i) => (beforeKeys.has(key(item)) ? [] : [i]));
  return Array.from({ length: Math.max(gone.length, came.length) }, (_, i) => ({ before: gone[i], after: came[i] }));
}

function partnerChanges(id: string, before: Partner | undefined, after: Partner | undefined): ReachChange[] {
  if (!after) return [{ kind: 'partnerRemoved', partnerId: id }];
  const changes: ReachChange[] = [];
  if (!before) changes.push({ kind: 'partnerAdded', partnerId: id });
  else if (before.name !== after.name) changes.push({ kind: 'partnerRenamed', partnerId: id, before: before.name, after: after.name });
  for (const { contact, field, values } of CONTACT_LISTS) {
    const was = before ? values(before) : [];
    const is = values(after);
    for (const pair of listChanges(was, is, String)) {
      changes.push({
        kind: 'contact',
        contact,
        partnerId: id,
        path: `partners.${id}.${field.replace('#', String(pair.after ?? pair.before))}`,
        before: pair.before === undefined ? undefined : was[pair.before],
        after: pair.after === undefined ? undefined : is[pair.after],
      });
    }
  }
  const notes = before?.notes ?? [];
  for (const pair of listChanges(notes, after.notes, (note) => `${note.nl}\u0000${note.en}`)) {
    changes.push({
      kind: 'note',
      partnerId: id,
      path: `partners.${id}.notes[${pair.after ?? pair.before!}]`,
      before: pair.before === undefined ? undefined : notes[pair.before],
      after: pair.after === undefined ? undefined : after.notes[pair.after],
    });
  }
  if (before && scopeKey(before) !== scopeKey(after)) {
    changes.push({ kind: 'scope', partnerId: id, before: scopeFieldsOf(before), after: scopeFieldsOf(after) });
  }
  return changes;
}

const scopeFieldsOf = ({ region, municipalities }: Partner): Scope => ({
  ...(region === undefined ? {} : { region }),
  ...(municipalities === undefined ? {} : { municipalities }),
});
const scopeKey = (partner: Partner) => JSON.stringify([partner.region ?? null, partner.municipalities ?? null]);

/** Where each answer of a step leads, by the answer's field; a choice's options also by their label. */
function answersOf(routeId: string, stepId: string, step: Step): Array<{ path: string; next: string; label?: string }> {
  return exitsOf(step).map((exit) => ({
    path: `routes.${routeId}.steps.${stepId}.${exit.field}`,
    next: exit.target,
    label: step.type === 'choice' && typeof exit.answer === 'number' ? step.options[exit.answer].label.nl : undefined,
  }));
}

function stepChanges(routeId: string, stepId: string, before: Step, after: Step): ReachChange[] {
  if (before.type !== after.type) {
    return [
      { kind: 'stepRemoved', routeId, stepId },
      { kind: 'stepAdded', routeId, stepId },
    ];
  }
  const changes: ReachChange[] = [];
  if (before.type === 'choice' && after.type === 'choice' && before.options.length !== after.options.length) {
    // Field by field, a removed option reads as the ones after it renamed: said here by label.
    const [was, is] = [before.options.map((o) => o.label.nl), after.options.map((o) => o.label.nl)];
    for (const option of is.filter((label) => !was.includes(label))) changes.push({ kind: 'optionAdded', routeId, stepId, option });
    for (const option of was.filter((label) => !is.includes(label))) changes.push({ kind: 'optionRemoved', routeId, stepId, option });
  }
  const old = answersOf(routeId, stepId, before);
  const sameCount = old.length === answersOf(routeId, stepId, after).length;
  for (const answer of answersOf(routeId, stepId, after)) {
    // Options that moved up or down are matched by their label.
    const was = sameCount ? old.find((each) => each.path === answer.path) : old.find((each) => each.label === answer.label);
    if (was && was.next !== answer.next) changes.push({ kind: 'answer', routeId, path: answer.path, before: was.next, after: answer.next });
  }
  if (before.type === 'outcome' && after.type === 'outcome' && before.partners.join('\u0000') !== after.partners.join('\u0000')) {
    changes.push({ kind: 'outcomePartners', routeId, stepId, before: before.partners, after: after.partners });
  }
  return changes;
}

function routeChanges(routeId: string, before: Route, after: Route): ReachChange[] {
  const changes: ReachChange[] = [];
  if (before.start !== after.start) {
    changes.push({ kind: 'answer', routeId, path: `routes.${routeId}.start`, before: before.start, after: after.start });
  }
  for (const stepId of added(before.steps, after.steps)) changes.push({ kind: 'stepAdded', routeId, stepId });
  for (const stepId of added(after.steps, before.steps)) changes.push({ kind: 'stepRemoved', routeId, stepId });
  for (const stepId of kept(before.steps, after.steps)) {
    changes.push(...stepChanges(routeId, stepId, own(before.steps, stepId)!, own(after.steps, stepId)!));
  }
  return changes;
}

export function reachChangesBetween(before: RouteMap, after: RouteMap): ReachChange[] {
  const changes: ReachChange[] = [];
  for (const id of [...Object.keys(after.partners), ...added(after.partners, before.partners)]) {
    changes.push(...partnerChanges(id, own(before.partners, id), own(after.partners, id)));
  }
  // A new route's steps are said by its line; a removed one's go with it.
  for (const routeId of added(before.routes, after.routes)) changes.push({ kind: 'routeAdded', routeId });
  for (const routeId of added(after.routes, before.routes)) changes.push({ kind: 'routeRemoved', routeId });
  for (const routeId of kept(before.routes, after.routes)) {
    changes.push(...routeChanges(routeId, own(before.routes, routeId)!, own(after.routes, routeId)!));
  }
  return changes;
}
