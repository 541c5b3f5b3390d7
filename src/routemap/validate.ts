/**
 * Checks a route map file before anyone relies on it: at build time, in the unit tests and on
 * every data file the app receives. Pure: no DOM, no storage.
 */
import { hasOwn } from './own';
import { exitsOf } from './exits';
import { controlCharacterIn } from './characters';
import { isDutchPhoneNumber } from './phone';
import { isWebAddress } from './web-address';
import { isEmailAddress } from './email';
import { hasForeignLink } from './foreign-link';
import { LANGUAGES, type RouteMap } from './types';
import { ACCESSIBILITY_STATUSES, isId, MAP_TEXT_KEYS, MAX_ID_LENGTH, PARTNER_GROUPS, RESERVED_ROUTE_IDS } from './schema';
import { isRealDate, versionDate, versionProblem } from './version';
import { atOnce, type Pieces } from './pieces';

/**
 * The problems a person editing the map can cause, in a field or in its structure (an answer
 * relinked, a partner taken out of a step); the editor says these in their language.
 */
export type ProblemKind =
  | 'required'
  | 'language'
  | 'phone'
  | 'email'
  | 'https'
  | 'date'
  | 'link'
  | 'control'
  | 'duplicate'
  | 'contact'
  | 'noPartners'
  | 'loop'
  | 'unreachable'
  | 'noEnd'
  | 'noMunicipality'
  | 'unknownMunicipality'
  | 'status';

export interface Problem {
  /** Where in the file, as a JSON path: `routes.persoon.steps.acuut.yes`. */
  path: string;
  message: string;
  kind?: ProblemKind;
}

export type Validation = { ok: true; routeMap: RouteMap } | { ok: false; problems: Problem[] };

type Json = Record<string, unknown>;

/**
 * Far more than a real route map needs, and little enough that any file is checked in a few
 * milliseconds. The real map: 2 routes, 15 steps, 10 partners, depth 8, texts under 300 characters.
 */
export const LIMITS = {
  depth: 12,
  values: 20_000,
  textLength: 4_000,
  routes: 20,
  steps: 200,
  partners: 200,
  regions: 50,
  municipalities: 500,
  listItems: 20,
} as const;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

class Checker {
  readonly problems: Problem[] = [];

  fail(path: string, message: string, kind?: ProblemKind): void {
    this.problems.push(kind ? { path: path || '(root)', message, kind } : { path: path || '(root)', message });
  }

  object(value: unknown, path: string): Json | undefined {
    if (isObject(value)) return value;
    this.fail(path, 'must be an object');
    return undefined;
  }

  array(value: unknown, path: string, max: number = LIMITS.listItems): unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, 'must be a list');
      return [];
    }
    if (value.length > max) {
      this.fail(path, `holds ${value.length} entries; at most ${max} are allowed`);
      return [];
    }
    return value;
  }

  /** A record of entries by id: an object whose keys are valid ids, at most `max` of them. */
  entries(value: unknown, path: string, max: number): Array<[string, unknown]> {
    const record = this.object(value, path);
    if (!record) return [];
    const entries = Object.entries(record);
    if (entries.length > max) {
      this.fail(path, `holds ${entries.length} entries; at most ${max} are allowed`);
      return [];
    }
    return entries.filter(([id]) => {
      if (isId(id)) return true;
      this.fail(join(path, id), `the id must be lower-case letters, digits and hyphens (at most ${MAX_ID_LENGTH})`);
      return false;
    });
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.fail(path, 'must be a non-empty text', 'required');
    return undefined;
  }

  text(value: unknown, path: string): void {
    const text = this.object(value, path);
    if (!text) return;
    for (const language of LANGUAGES) {
      const item = text[language];
      if (typeof item !== 'string' || item.trim() === '') {
        this.fail(join(path, language), `the ${language === 'nl' ? 'Dutch' : 'English'} text is missing`, 'language');
      }
    }
  }

  optionalText(value: unknown, path: string): void {
    if (value !== undefined) this.text(value, path);
  }

  /** An e-mail address by the one rule of ./email.ts. */
  email(value: unknown, path: string): void {
    const address = this.string(value, path);
    if (address !== undefined && !isEmailAddress(address)) this.fail(path, `"${address}" is not a valid e-mail address`, 'email');
  }

  /** A web address by the rule of ./web-address.ts. */
  webAddress(value: unknown, path: string): void {
    const url = this.string(value, path);
    if (url !== undefined && !isWebAddress(url)) {
      this.fail(path, `"${url}" is not an https web address as the browser writes it, without user part or port`, 'https');
    }
  }

  /** An ISO date (YYYY-MM-DD) that exists, no later than `latest` when given. */
  date(value: unknown, path: string, latest?: string): void {
    if (typeof value !== 'string' || !isRealDate(value)) {
      this.fail(path, 'must be a date written as YYYY-MM-DD', 'date');
    } else if (latest !== undefined && value > latest) {
      this.fail(path, `names ${value}, after the file's own date ${latest}`, 'date');
    }
  }
}

function checkPartner(check: Checker, value: unknown, path: string, regions: Json, published: string | undefined): void {
  const partner = check.object(value, path);
  if (!partner) return;
  check.string(partner.name, join(path, 'name'));
  if (!(PARTNER_GROUPS as readonly unknown[]).includes(partner.group)) {
    check.fail(join(path, 'group'), `must be one of ${PARTNER_GROUPS.join(', ')}`);
  }
  check.text(partner.about, join(path, 'about'));
  check.text(partner.purpose, join(path, 'purpose'));
  if (partner.region !== undefined && !hasOwn(regions, partner.region)) {
    check.fail(join(path, 'region'), `names an unknown region "${String(partner.region)}"`);
  }
  if (partner.municipalities !== undefined) checkMunicipalities(check, partner, join(path, 'municipalities'), regions);
  // Verified no later than the file was published: a date in the future cannot be a verification.
  if (partner.checked !== undefined) check.date(partner.checked, join(path, 'checked'), published);

  check.array(partner.phones, join(path, 'phones')).forEach((item, i) => {
    const at = join(join(path, 'phones'), i);
    const phone = check.object(item, at);
    if (!phone) return;
    const number = check.string(phone.number, join(at, 'number'));
    if (number !== undefined && !isDutchPhoneNumber(number)) {
      check.fail(join(at, 'number'), `"${number}" is not a valid Dutch phone number`, 'phone');
    }
    check.optionalText(phone.label, join(at, 'label'));
  });
  check.array(partner.emails, join(path, 'emails')).forEach((item, i) => {
    const at = join(join(path, 'emails'), i);
    const email = check.object(item, at);
    if (!email) return;
    check.email(email.address, join(at, 'address'));
    check.optionalText(email.label, join(at, 'label'));
  });
  check.array(partner.websites, join(path, 'websites')).forEach((item, i) => {
    const at = join(join(path, 'websites'), i);
    const website = check.object(item, at);
    if (!website) return;
    check.webAddress(website.url, join(at, 'url'));
    check.optionalText(website.label, join(at, 'label'));
  });
  for (const [i, note] of check.array(partner.notes, join(path, 'notes')).entries()) check.text(note, join(join(path, 'notes'), i));
  // An outcome must give the user a way to act: a partner nobody can reach is no partner.
  if ([partner.phones, partner.emails, partner.websites].every((list) => Array.isArray(list) && list.length === 0)) {
    check.fail(join(path, 'phones'), 'has no phone number, e-mail address or website: nobody can reach it', 'contact');
  }
}

/** The owners' facts (schema 3): each optional, each checked by the rule of its kind. */
function checkPublisher(check: Checker, value: unknown): void {
  const publisher = check.object(value, 'publisher');
  if (!publisher) return;
  if (publisher.name !== undefined) check.string(publisher.name, 'publisher.name');
  if (publisher.feedback !== undefined) check.email(publisher.feedback, 'publisher.feedback');
  if (publisher.statement !== undefined) check.webAddress(publisher.statement, 'publisher.statement');
  if (publisher.status !== undefined && !(ACCESSIBILITY_STATUSES as readonly unknown[]).includes(publisher.status)) {
    check.fail('publisher.status', `must be one of ${ACCESSIBILITY_STATUSES.join(', ')}: the statuses of the national model`, 'status');
  }
}

/** A municipality's own contact: for one or more of the map's municipalities, each named once, and for no region as well. */
function checkMunicipalities(check: Checker, partner: Json, path: string, regions: Json): void {
  const known = new Set(Object.values(regions).flatMap((region) => (isObject(region) && Array.isArray(region.municipalities) ? region.municipalities : [])));
  const names = check.array(partner.municipalities, path, LIMITS.municipalities);
  if (Array.isArray(partner.municipalities) && names.length === 0) {
    check.fail(path, 'names no municipality: leave the list out for a partner for everyone', 'noMunicipality');
  }
  names.forEach((name, i) => {
    if (!known.has(name)) check.fail(join(path, i), `names "${String(name)}", which is in none of the regions`, 'unknownMunicipality');
    else if (names.indexOf(name) !== i) check.fail(join(path, i), `names "${String(name)}" twice`);
  });
  if (partner.region !== undefined) check.fail(path, 'a partner is for one region or for chosen municipalities, not both');
}

function checkStep(check: Checker, step: Json, path: string, partners: Json): void {
  switch (step.type) {
    case 'question':
      check.text(step.text, join(path, 'text'));
      check.optionalText(step.tip, join(path, 'tip'));
      break;
    case 'choice': {
      check.text(step.text, join(path, 'text'));
      const options = check.array(step.options, join(path, 'options'));
      if (options.length < 2) check.fail(join(path, 'options'), 'a choice needs at least two options');
      options.forEach((item, i) => {
        const option = check.object(item, join(join(path, 'options'), i));
        if (option) check.text(option.label, join(join(join(path, 'options'), i), 'label'));
      });
      break;
    }
    case 'outcome': {
      const named = check.array(step.partners, join(path, 'partners'));
      if (named.length === 0) check.fail(join(path, 'partners'), 'an outcome must name at least one partner', 'noPartners');
      named.forEach((id, i) => {
        if (!hasOwn(partners, id)) {
          check.fail(join(join(path, 'partners'), i), `names an unknown partner "${String(id)}"`);
        }
      });
      break;
    }
    case 'end':
      check.optionalText(step.tip, join(path, 'tip'));
      break;
    default:
      check.fail(join(path, 'type'), 'must be "question", "choice", "outcome" or "end"');
  }
}

function checkRoute(check: Checker, value: unknown, path: string, partners: Json): void {
  const route = check.object(value, path);
  if (!route) return;
  check.text(route.title, join(path, 'title'));
  check.text(route.when, join(path, 'when'));
  const stepsPath = join(path, 'steps');
  const steps = check.object(route.steps, stepsPath);
  if (!steps) return;

  for (const [id, item] of check.entries(steps, stepsPath, LIMITS.steps)) {
    const step = check.object(item, join(stepsPath, id));
    if (!step) continue;
    checkStep(check, step, join(stepsPath, id), partners);
    for (const exit of exitsOf(step)) {
      if (!hasOwn(steps, exit.target)) {
        check.fail(`${join(stepsPath, id)}.${exit.field}`, `leads nowhere: there is no step "${String(exit.target)}"`);
      }
    }
  }

  if (!hasOwn(steps, route.start)) {
    check.fail(join(path, 'start'), `there is no step "${String(route.start)}" to start at`);
    return;
  }

  // Depth-first walk from the start: a step seen again on the current path is a loop.
  const done = new Set<string>();
  const onPath = new Set<string>();
  const visit = (id: string): void => {
    if (done.has(id)) return;
    if (onPath.has(id)) {
      check.fail(join(stepsPath, id), `the route can loop back to step "${id}"`, 'loop');
      return;
    }
    onPath.add(id);
    const step = steps[id];
    if (isObject(step)) {
      for (const exit of exitsOf(step)) {
        if (hasOwn(steps, exit.target)) visit(exit.target);
      }
    }
    onPath.delete(id);
    done.add(id);
  };
  visit(route.start);

  for (const id of Object.keys(steps)) {
    if (!done.has(id)) check.fail(join(stepsPath, id), 'cannot be reached from the start of the route', 'unreachable');
  }
  if (![...done].some((id) => isObject(steps[id]) && steps[id].type === 'end')) {
    check.fail(stepsPath, 'the route has no end step', 'noEnd');
  }
}

export interface ValidationOptions {
  /**
   * The device's clock, for a file coming in (network, editor, build): its version may not name a
   * date more than a month after it. Left out for a copy that was valid when it was stored, so a
   * wrong clock never throws away the last good data.
   */
  now?: Date;
}

export function validateRouteMap(value: unknown, options: ValidationOptions = {}): Validation {
  return atOnce(validationOf(value, options));
}

/**
 * How many partners, or values of the shape check, make one piece of the validation: each well
 * under a millisecond on a slow phone, so a slice of pieces ends close to its deadline.
 */
const PIECE = { partners: 2, values: 250 };

/**
 * The validation in pieces (see ./pieces.ts): it yields after the shape check's every 250 values,
 * every two partners and every route, so a large map never holds the main thread long.
 */
export function* validationOf(value: unknown, { now }: ValidationOptions = {}): Pieces<Validation> {
  const check = new Checker();
  // First, without recursion and within a fixed budget: nothing below walks an unbounded tree.
  yield* checkShape(check, value);
  if (check.problems.length > 0) return { ok: false, problems: check.problems };
  const root = check.object(value, '');
  if (!root) return { ok: false, problems: check.problems };

  const versionIssue = versionProblem(root.version, root.checked, now);
  if (versionIssue) check.fail('version', versionIssue);
  check.date(root.checked, 'checked');
  const published = typeof root.version === 'number' ? versionDate(root.version) : undefined;
  if (root.copied !== undefined) check.date(root.copied, 'copied', published);
  if (root.texts !== undefined) {
    const texts = check.object(root.texts, 'texts');
    for (const key of MAP_TEXT_KEYS) if (texts) check.optionalText(texts[key], join('texts', key));
  }

  if (root.terms !== undefined) {
    check.array(root.terms, 'terms').forEach((item, i) => {
      const term = check.object(item, join('terms', i));
      if (!term) return;
      check.text(term.term, join(join('terms', i), 'term'));
      check.text(term.explanation, join(join('terms', i), 'explanation'));
    });
  }

  if (root.publisher !== undefined) checkPublisher(check, root.publisher);

  const regions = check.object(root.regions, 'regions') ?? {};
  checkRegions(check, regions);
  const partners = check.object(root.partners, 'partners') ?? {};
  let checked = 0;
  for (const [id, partner] of check.entries(partners, 'partners', LIMITS.partners)) {
    checkPartner(check, partner, join('partners', id), regions, published);
    if (++checked % PIECE.partners === 0) yield;
  }
  yield;

  const routes = check.object(root.routes, 'routes');
  if (routes) {
    const entries = check.entries(routes, 'routes', LIMITS.routes);
    if (Object.keys(routes).length === 0) check.fail('routes', 'must hold at least one route');
    for (const [id, route] of entries) {
      if (RESERVED_ROUTE_IDS.includes(id)) check.fail(join('routes', id), `"${id}" is the address of one of the app's own pages: its steps could not be opened`);
      checkRoute(check, route, join('routes', id), partners);
      yield;
    }
  }

  // Only the parts the app shows; other top-level fields are ignored (the shape check bounded them).
  for (const key of ['texts', 'terms', 'publisher', 'regions', 'partners', 'routes']) {
    checkLinkSchemes(check, root[key], key);
    yield;
  }
  // Every string of the file, shown or not: a file is passed on whole (to ICT, into the editor's import).
  for (const [key, item] of Object.entries(root)) {
    checkCharacters(check, key, item, key);
    yield;
  }

  if (check.problems.length > 0) return { ok: false, problems: check.problems };
  return { ok: true, routeMap: value as RouteMap };
}

/**
 * Refuses, before anything walks it, a value nested deeper, holding more values or longer texts
 * than any route map could. Iterative, and it stops at the first problem of each kind.
 */
function* checkShape(check: Checker, value: unknown): Pieces<void> {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value, depth: 0, path: '' }];
  let values = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (values % PIECE.values === 0) yield;
    if (++values > LIMITS.values) {
      check.fail('(file)', `holds more than ${LIMITS.values} values; a route map needs far fewer`);
      return;
    }
    if (typeof item.value === 'string') {
      if (item.value.length > LIMITS.textLength) {
        check.fail(item.path, `is ${item.value.length} characters long; at most ${LIMITS.textLength} are allowed`);
        return;
      }
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= LIMITS.depth) {
      check.fail(item.path, `is nested more than ${LIMITS.depth} levels deep`);
      return;
    }
    if (Array.isArray(item.value) && item.value.length > LIMITS.values) {
      check.fail(item.path, `holds ${item.value.length} entries; a route map needs far fewer`);
      return;
    }
    // JSON has no sparse arrays, but a value read back from IndexedDB can.
    if (Array.isArray(item.value) && Object.keys(item.value).length !== item.value.length) {
      check.fail(item.path, 'is a list with gaps');
      return;
    }
    const children: Array<[string | number, unknown]> = Array.isArray(item.value) ? item.value.map((child, i) => [i, child]) : Object.entries(item.value);
    for (const [key, child] of children) stack.push({ value: child, depth: item.depth + 1, path: join(item.path, key) });
  }
}

function checkRegions(check: Checker, regions: Json): void {
  const seen = new Map<string, string>();
  for (const [id, value] of check.entries(regions, 'regions', LIMITS.regions)) {
    const path = join('regions', id);
    const region = check.object(value, path);
    if (!region) continue;
    check.text(region.name, join(path, 'name'));
    const municipalities = check.array(region.municipalities, join(path, 'municipalities'), LIMITS.municipalities);
    if (municipalities.length === 0) check.fail(join(path, 'municipalities'), 'a region needs at least one municipality');
    municipalities.forEach((item, i) => {
      const at = join(join(path, 'municipalities'), i);
      const name = check.string(item, at);
      if (name === undefined) return;
      const other = seen.get(name);
      if (other !== undefined) check.fail(at, `"${name}" is already in region "${other}"`, 'duplicate');
      seen.set(name, id);
    });
  }
}

/**
 * The app only ever links with tel:, mailto: and https:. A text carrying any other link
 * (http:, javascript:, data:, …) is refused wherever it sits in the file.
 */
function checkLinkSchemes(check: Checker, value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (hasForeignLink(value)) check.fail(path, 'contains a link that is not tel:, mailto: or https:', 'link');
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkLinkSchemes(check, item, join(path, i));
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) checkLinkSchemes(check, item, join(path, key));
  }
}

/** A value's strings, and the names of its fields, hold no control character (see ./characters.ts). */
function checkCharacters(check: Checker, key: string, value: unknown, path: string): void {
  const inKey = controlCharacterIn(key);
  if (inKey) check.fail(path, `a field's name contains an invisible control character (${inKey})`);
  if (typeof value === 'string') {
    const found = controlCharacterIn(value);
    if (found) check.fail(path, `contains an invisible control character (${found}): a line break, tab or direction mark`, 'control');
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkCharacters(check, '', item, join(path, i));
  } else if (isObject(value)) {
    for (const [name, item] of Object.entries(value)) checkCharacters(check, name, item, join(path, name));
  }
}

export function describeProblems(problems: Problem[]): string {
  return problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
}
