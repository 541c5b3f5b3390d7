/**
 * The data file the build ships, and what the update tests publish after it. Dates and versions
 * come from the file, so publishing a new file (a new number, version or date) breaks only the
 * tests about what changed. The contacts the screens must show are in ./map.ts, from the paper map.
 */
import { readFileSync } from 'node:fs';
import type { RouteMap, Text } from '../src/routemap/types';
import { versionDate } from '../src/routemap/version';

/** Read afresh from disk: change a copy (structuredClone) to publish something else. */
export const shipped = JSON.parse(readFileSync('data/routekaart.json', 'utf8')) as RouteMap;

/**
 * Words the app adds to the printed map, read from the file like its dates: the question that
 * asks which form of exploitation (the map lists the forms), and the questions in English (the
 * map is Dutch). The map's own facts are in ./map.ts.
 */
const textOf = (routeId: string, stepId: string) => (shipped.routes[routeId].steps[stepId] as { text: Text }).text;
export const EXPLOITATION_CHOICE = textOf('persoon', 'aangifte-vorm').nl;
export const FIRST_QUESTION_EN = textOf('persoon', shipped.routes.persoon.start).en;

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The file's latest date: its version's, its checks', the paper map's. */
const latest = [versionDate(shipped.version) ?? '', shipped.checked, shipped.copied ?? '', ...Object.values(shipped.partners).map((p) => p.checked ?? '')].sort().at(-1)!;

/** The day the browsers' clocks are pinned to (e2e/test.ts): a few days after the data's own dates, at noon. */
export const TEST_TODAY = new Date(`${isoDay(new Date(Date.parse(latest) + 4 * DAY_MS))}T12:00:00`);

/** `days` after (or, negative, before) the pinned day, as YYYY-MM-DD. */
export const dayFromTestToday = (days: number): string => isoDay(new Date(TEST_TODAY.getTime() + days * DAY_MS));

/** A file published the day before the pinned day: newer than the shipped one, valid on the pinned clock. */
export const NEWER = {
  version: Number(dayFromTestToday(-1).replaceAll('-', '')) * 100 + 1,
  checked: dayFromTestToday(-1),
};

/** A date as the Dutch screens write it ("30 november 2026"), by the platform, not by the app's own code. */
export const dutchDate = (isoDate: string): string =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));

/** A test-only contact for Katwijk alone, as an owner would add a municipality's signalenoverleg. */
export const KATWIJK_PARTNER = { id: 'overleg-katwijk', name: 'Signalenoverleg Katwijk (test)', tel: 'tel:+31711234567', step: 'ondermijning-riec' };

/** The shipped file, newer, with that contact added to the location route's RIEC outcome. */
export function withKatwijkPartner(file: RouteMap): RouteMap {
  const changed = structuredClone(file);
  changed.version = NEWER.version;
  changed.checked = NEWER.checked;
  changed.partners[KATWIJK_PARTNER.id] = {
    name: KATWIJK_PARTNER.name,
    group: 'municipality',
    about: { nl: 'Een verzonnen overleg, alleen voor de test', en: 'A made-up meeting, only for the test' },
    purpose: { nl: 'Om een signaal eerst in het overleg te bespreken.', en: 'To raise a concern in the meeting first.' },
    municipalities: ['Katwijk'],
    phones: [{ number: '071-1234567' }],
    emails: [],
    websites: [],
    notes: [],
  };
  const step = changed.routes.locatie.steps[KATWIJK_PARTNER.step];
  if (step.type === 'outcome') step.partners.push(KATWIJK_PARTNER.id);
  return changed;
}
