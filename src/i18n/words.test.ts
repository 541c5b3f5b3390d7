/**
 * The words, read as a stressed user reads them (issue 21): short sentences in both languages,
 * and English that says "signs" or "what you have noticed", never the Dutch "signal". For the
 * interface texts and the map's own texts; the route questions and options stay as printed.
 */
import { describe, expect, it } from 'vitest';
import nl from '../../locales/nl.json';
import en from '../../locales/en.json';
import beheerNl from '../../locales/beheer.nl.json';
import beheerEn from '../../locales/beheer.en.json';
import aboutNl from '../../locales/about.nl.json';
import aboutEn from '../../locales/about.en.json';
import shipped from '../../data/routekaart.json';
import type { Language, RouteMap, Text } from '../routemap/types';

const MAX_WORDS = 20;

/** Every text of a translation file with its key path. */
function textsOf(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as object).flatMap(([key, child]) => textsOf(child, prefix ? `${prefix}.${key}` : key));
}

/** Every text of the route map with its path, but the questions and options, worded as printed. */
function mapTextsOf(routeMap: RouteMap, language: Language): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null) return;
    const text = value as Partial<Text>;
    if (typeof text.nl === 'string' && typeof text.en === 'string') {
      if (!/\.steps\.[^.]+\.(text|options\.\d+\.label)$/.test(path)) found.push([path, text[language]!]);
      return;
    }
    for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(routeMap, '');
  return found;
}

const texts = (language: Language) => [
  ...textsOf(language === 'nl' ? nl : en),
  ...textsOf(language === 'nl' ? beheerNl : beheerEn).map(([key, text]): [string, string] => [`beheer:${key}`, text]),
  ...textsOf(language === 'nl' ? aboutNl : aboutEn).map(([key, text]): [string, string] => [`about:${key}`, text]),
  ...mapTextsOf(shipped as RouteMap, language),
];

/** Sentences end at . ! or ?; a ";" does not end one (it joins two a B1 reader should get one at a time). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== '');
const words = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('the interface and map texts', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`have no sentence over ${MAX_WORDS} words (${language})`, () => {
      const long = texts(language).flatMap(([key, text]) =>
        sentences(text)
          .filter((sentence) => words(sentence) > MAX_WORDS)
          .map((sentence) => `${key}: ${words(sentence)} words: ${sentence}`),
      );
      expect(long).toEqual([]);
    });
  }

  it('never call what a worker noticed a "signal" in English (signalenoverleg, a Dutch name, may stay)', () => {
    const calques = texts('en')
      .filter(([, text]) => /\bsignals?\b/i.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(calques).toEqual([]);
  });
});
