/**
 * The map's facts are typed into the tests in one place: e2e/map.ts, copied from the printed map,
 * so a test checks the app against the map and a new number is changed in the data file and there
 * alone (docs/data.md). This guard takes every phone number, e-mail address, web address and
 * question text from data/routekaart.json and fails when one appears anywhere else in e2e/ or in a
 * unit test: tests of a format use numbers and addresses of their own, and read the map's words
 * from the data file (as e2e/data.ts does) when they need them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from '../data/routekaart.json';
import type { RouteMap } from './routemap/types';

const routeMap = shipped as RouteMap;

/** 112 is the national emergency number, built into the app's header, and no contact the owners can change. */
const NOT_A_FACT = new Set(['112']);

/** Each fact in every form a test could write it: as printed, digits only, as dialled; a web address with and without https://. */
function factsOf(map: RouteMap): Map<string, string> {
  const facts = new Map<string, string>();
  for (const partner of Object.values(map.partners)) {
    for (const { number } of partner.phones) {
      if (NOT_A_FACT.has(number)) continue;
      const digits = number.replace(/\D/g, '');
      facts.set(number, 'phone number');
      facts.set(digits, 'phone number');
      if (!/^0[89]00/.test(digits)) facts.set(`+31${digits.slice(1)}`, 'phone number');
    }
    for (const { address } of partner.emails) facts.set(address, 'e-mail address');
    for (const { url } of partner.websites) {
      facts.set(url, 'web address');
      facts.set(url.replace(/^https:\/\//, ''), 'web address');
    }
  }
  for (const route of Object.values(map.routes)) {
    for (const step of Object.values(route.steps)) {
      if (step.type !== 'question' && step.type !== 'choice') continue;
      for (const text of Object.values(step.text)) {
        facts.set(text, 'question text');
        // A text cut short ("… van een …") is the same fact.
        facts.set(text.slice(0, 32), 'question text');
      }
    }
  }
  return facts;
}

function filesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesIn(join(folder, entry.name)) : [join(folder, entry.name)]));
}

/** Every e2e file but the map's own, and every unit test. */
const GUARDED = [...filesIn('e2e').filter((file) => file !== join('e2e', 'map.ts')), ...filesIn('src').filter((file) => /\.test\.tsx?$/.test(file))];

/** Where a file names one of the facts: "file: kind "fact"". */
function typedIn(files: string[], facts: Map<string, string>): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...facts].filter(([fact]) => text.includes(fact)).map(([fact, kind]) => `${relative('.', file)}: ${kind} "${fact}"`);
  });
}

describe("the map's facts in the tests", () => {
  const facts = factsOf(routeMap);

  it('are taken from the data file: its numbers, addresses and questions', () => {
    expect(facts.get(routeMap.partners.nla.phones[0].number)).toBe('phone number');
    expect(facts.get(routeMap.partners.riec.emails[0].address)).toBe('e-mail address');
    expect([...facts.values()].filter((kind) => kind === 'question text').length).toBeGreaterThan(2 * 9);
    expect(facts.has('112')).toBe(false);
  });

  it('appear in e2e/map.ts and nowhere else in e2e/ or in a unit test', () => {
    expect(GUARDED).toContain(join('e2e', 'walks.ts'));
    expect(GUARDED).not.toContain(join('e2e', 'map.ts'));
    expect(typedIn(GUARDED, facts)).toEqual([]);
  });

  it('would be found in any form a test could type them', () => {
    const nla = routeMap.partners.nla.phones[0].number;
    const shop = routeMap.partners.shop;
    const typed = [nla.replace('-', ''), `tel:+31${shop.phones[0].number.replace(/\D/g, '').slice(1)}`, shop.emails[0].address, routeMap.partners.riec.websites[0].url.slice(8)];
    const found = typed.map((text) => [...facts.keys()].some((fact) => text.includes(fact)));
    expect(found).toEqual([true, true, true, true]);
  });
});
