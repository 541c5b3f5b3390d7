/**
 * The interface's words, read as a stressed user reads them (issue 21): short sentences in both
 * languages, and English that says "signs" or "what you have noticed", never the Dutch "signal".
 * The map's own texts in data/routekaart.json are not covered yet (their review is open in #21).
 */
import { describe, expect, it } from 'vitest';
import nl from '../../locales/nl.json';
import en from '../../locales/en.json';

const MAX_WORDS = 20;

/** Every text of a translation file with its key path. */
function textsOf(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as object).flatMap(([key, child]) => textsOf(child, prefix ? `${prefix}.${key}` : key));
}

/** Sentences end at . ! ? or ; (a ";" joins two sentences a B1 reader should get one at a time). */
const sentences = (text: string) => text.split(/(?<=[.!?;])\s+/).filter((sentence) => sentence.trim() !== '');
const words = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('the interface texts', () => {
  for (const [language, file] of [['nl', nl], ['en', en]] as const) {
    it(`have no sentence over ${MAX_WORDS} words (${language})`, () => {
      const long = textsOf(file).flatMap(([key, text]) =>
        sentences(text)
          .filter((sentence) => words(sentence) > MAX_WORDS)
          .map((sentence) => `${key}: ${words(sentence)} words: ${sentence}`),
      );
      expect(long).toEqual([]);
    });
  }

  it('never call what a worker noticed a "signal" in English (signalenoverleg, a Dutch name, may stay)', () => {
    const calques = textsOf(en).filter(([, text]) => /\bsignals?\b/i.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(calques).toEqual([]);
  });
});
