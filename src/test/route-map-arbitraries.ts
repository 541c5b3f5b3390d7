/**
 * fast-check generators for the property tests: route maps built from the schema (valid by
 * construction), and the shipped file with one thing changed the way a careless or hostile
 * publisher might change it.
 */
import fc from 'fast-check';
import shipped from '../../data/routekaart.json';
import type { ChoiceOption, Partner, PartnerGroup, Region, Route, RouteMap, Step, Text } from '../routemap/types';
import { controlCharacterIn } from '../routemap/characters';

/** The seed every run starts from; set FC_SEED to replay a reported failure. */
export const SEED = Number(process.env.FC_SEED ?? 20261129);

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);
/** Any characters, in any script, but no ':' (so no text carries a link) and no control character, which the validator refuses. */
const words = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .filter((value) => value.trim() !== '' && !value.includes(':') && controlCharacterIn(value) === undefined);
const text: fc.Arbitrary<Text> = fc.record({ nl: words, en: words });

const digits = (count: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count }).map((d) => d.join(''));
/** Every kind the validator allows (src/routemap/phone.ts): an area code, a mobile range, 088, 0800, 0900, 112. */
const phoneNumber = fc.oneof(
  fc.constant('112'),
  fc.tuple(fc.constantFrom('01', '02', '03', '04', '05', '07', '061', '065', '068', '088'), digits(8), fc.boolean()).map(([start, rest, dash]) => {
    const number = `${start}${rest}`.slice(0, 10);
    return dash ? `${number.slice(0, 3)}-${number.slice(3)}` : number;
  }),
  fc.tuple(fc.constantFrom('0800', '0900'), fc.constantFrom(4, 7).chain(digits)).map(([prefix, rest]) => `${prefix}-${rest}`),
);
const host = fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join('.')}.nl`);
const email = fc.tuple(fc.stringMatching(/^[a-z0-9_-]{1,8}(\.[a-z0-9_-]{1,4})?$/), host).map(([local, domain]) => `${local}@${domain}`);
const website = fc.tuple(host, fc.stringMatching(/^[a-z0-9/-]{0,20}$/)).map(([domain, path]) => `https://${domain}/${path}`);
const group = fc.constantFrom<PartnerGroup>('urgent', 'police', 'care', 'municipality');

/** For everyone, for one region, or for some of the map's municipalities. */
function scope(regionIds: string[], municipalities: string[]): fc.Arbitrary<Pick<Partner, 'region' | 'municipalities'>> {
  const options: Array<fc.Arbitrary<Pick<Partner, 'region' | 'municipalities'>>> = [fc.constant({})];
  if (regionIds.length > 0) options.push(fc.constantFrom(...regionIds).map((region) => ({ region })));
  if (regionIds.length > 0) options.push(fc.subarray(municipalities, { minLength: 1 }).map((names) => ({ municipalities: names })));
  return fc.oneof(...options);
}

function partner(regionIds: string[], municipalities: string[], date: string): fc.Arbitrary<Partner> {
  return fc
    .tuple(
      fc.record(
        {
          name: words,
          group,
          about: text,
          purpose: text,
          phones: fc.array(fc.record({ number: phoneNumber, label: fc.option(text, { nil: undefined }) }, { requiredKeys: ['number'] }), { maxLength: 3 }),
          emails: fc.array(fc.record({ address: email }), { maxLength: 2 }),
          websites: fc.array(fc.record({ url: website }), { maxLength: 2 }),
          notes: fc.array(text, { maxLength: 2 }),
          checked: fc.option(fc.constant(date), { nil: undefined }),
        },
        { requiredKeys: ['name', 'group', 'about', 'purpose', 'phones', 'emails', 'websites', 'notes'] },
      ),
      scope(regionIds, municipalities),
    )
    .map(([partner, where]) => ({ ...partner, ...where }))
    .filter((partner) => partner.phones.length + partner.emails.length + partner.websites.length > 0);
}

/**
 * A route as a chain of steps where each step leads only to later ones: no loops, every step
 * reachable (each step's first exit is the next one), the last one the end.
 */
function route(partnerIds: string[]): fc.Arbitrary<Route> {
  return fc.uniqueArray(id, { minLength: 2, maxLength: 10 }).chain((stepIds) => {
    const n = stepIds.length;
    const later = (i: number) => fc.integer({ min: i + 1, max: n - 1 }).map((j) => stepIds[j]);
    const step = (i: number): fc.Arbitrary<Step> => {
      if (i === n - 1) return fc.record({ type: fc.constant('end' as const), tip: fc.option(text, { nil: undefined }) }, { requiredKeys: ['type'] });
      const next = stepIds[i + 1];
      return fc.oneof(
        fc.record(
          { type: fc.constant('question' as const), text, yes: fc.constant(next), no: later(i), tip: fc.option(text, { nil: undefined }) },
          { requiredKeys: ['type', 'text', 'yes', 'no'] },
        ),
        fc.record({ type: fc.constant('question' as const), text, yes: later(i), no: fc.constant(next) }),
        fc.record({
          type: fc.constant('choice' as const),
          text,
          options: fc
            .array(fc.record({ label: text, next: later(i) }), { minLength: 1, maxLength: 3 })
            .map((options): ChoiceOption[] => [{ label: options[0].label, next }, ...options]),
        }),
        fc.record({
          type: fc.constant('outcome' as const),
          partners: fc.uniqueArray(fc.constantFrom(...partnerIds), { minLength: 1, maxLength: 3 }),
          next: fc.constant(next),
        }),
      );
    };
    return fc.record({
      title: text,
      when: text,
      start: fc.constant(stepIds[0]),
      steps: fc.tuple(...stepIds.map((_, i) => step(i))).map((steps) => Object.fromEntries(stepIds.map((stepId, i) => [stepId, steps[i]]))),
    });
  });
}

/** Valid route maps of any shape: 1–3 routes, 1–6 partners, 0–3 regions. */
export const validRouteMap: fc.Arbitrary<RouteMap> = fc
  .record({
    regionIds: fc.uniqueArray(id, { maxLength: 3 }),
    partnerIds: fc.uniqueArray(id, { minLength: 1, maxLength: 6 }),
    routeIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    municipalities: fc.uniqueArray(words, { minLength: 3, maxLength: 9 }),
    day: fc.integer({ min: 0, max: 3000 }),
    serial: fc.integer({ min: 1, max: 99 }),
  })
  .chain(({ regionIds, partnerIds, routeIds, municipalities, day, serial }) => {
    const date = new Date(Date.UTC(2018, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const regions: Array<[string, fc.Arbitrary<Region>]> = regionIds.map((regionId, i) => [
      regionId,
      fc.record({ name: text, municipalities: fc.constant(municipalities.filter((_, m) => m % regionIds.length === i)) }),
    ]);
    return fc.record({
      version: fc.constant(Number(`${date.replaceAll('-', '')}${String(serial).padStart(2, '0')}`)),
      checked: fc.constant(date),
      copied: fc.option(fc.constant(date), { nil: undefined }),
      texts: fc.option(fc.record({ title: text, intro: text, spirit: text, gutFeeling: text, consult: text }, { requiredKeys: [] }), { nil: undefined }),
      regions: fc.tuple(...regions.map(([, region]) => region)).map((list) => Object.fromEntries(regionIds.map((r, i) => [r, list[i]]))),
      partners: fc
        .tuple(...partnerIds.map(() => partner(regionIds, regionIds.length > 0 ? municipalities : [], date)))
        .map((list) => Object.fromEntries(partnerIds.map((p, i) => [p, list[i]]))),
      routes: fc.tuple(...routeIds.map(() => route(partnerIds))).map((list) => Object.fromEntries(routeIds.map((r, i) => [r, list[i]]))),
    });
  })
  // Drop the optional fields fc.record left as undefined: a JSON file has no undefined.
  .map((routeMap) => JSON.parse(JSON.stringify(routeMap)) as RouteMap);

/** Every path in a JSON value, as lists of keys. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [path];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...children.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
}

const SHIPPED_PATHS = pathsOf(shipped).filter((path) => path.length > 0);
const INHERITED = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf'];

function nested(levels: number): unknown {
  let value: unknown = 'diep';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** What a careless or hostile publisher might put in place of any value. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...INHERITED),
  fc.anything({ maxDepth: 3 }),
  fc.integer({ min: 1, max: 30 }).map(nested),
  fc.constantFrom('', ' ', 'x'.repeat(5000), 'javascript:alert(1)', 99999999999999, -1, 1.5, NaN, null, true, [], {}),
  fc.constantFrom(...SHIPPED_PATHS.map((path) => String(path[path.length - 1]))),
);

type Mutation = { path: Array<string | number>; kind: 'replace' | 'rename' | 'delete'; value: unknown; key: string };

/** The shipped file, its version raised, with one to three values replaced, keys renamed or deleted. */
export const mutatedRouteMap: fc.Arbitrary<unknown> = fc
  .array(
    fc.record({
      path: fc.constantFrom(...SHIPPED_PATHS),
      kind: fc.constantFrom<Mutation['kind']>('replace', 'rename', 'delete'),
      value: oddValue,
      key: fc.oneof(fc.constantFrom(...INHERITED), id),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((mutations) => {
    const file = structuredClone(shipped) as Record<string, unknown>;
    file.version = (shipped.version as number) + 1;
    for (const { path, kind, value, key } of mutations) {
      let parent: any = file;
      for (const step of path.slice(0, -1)) parent = parent?.[step];
      if (typeof parent !== 'object' || parent === null) continue;
      const last = path[path.length - 1];
      if (kind === 'replace') parent[last] = value;
      else if (kind === 'delete') delete parent[last];
      else if (!Array.isArray(parent) && key !== last) {
        // defineProperty, so that even "__proto__" becomes an own key, as JSON.parse makes it.
        Object.defineProperty(parent, key, { value: parent[last], enumerable: true, writable: true, configurable: true });
        delete parent[last];
      }
    }
    return file;
  });
