import { describe, expect, it } from 'vitest';
import nl from '../../locales/nl.json';
import en from '../../locales/en.json';

/** Every key path of a nested translation file: "step.yes", "contact.call", … */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('the translation files', () => {
  it('have the same keys in Dutch and English', () => {
    const dutch = keysOf(nl);
    const english = keysOf(en);
    expect(
      english.filter((key) => !dutch.includes(key)),
      'keys only in en.json',
    ).toEqual([]);
    expect(
      dutch.filter((key) => !english.includes(key)),
      'keys only in nl.json',
    ).toEqual([]);
  });

  it('have no empty texts', () => {
    const empty = (file: object) => keysOf(file).filter((key) => !String(key.split('.').reduce((o: any, k) => o[k], file)).trim());
    expect(empty(nl)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (file: object, key: string) => [...String(key.split('.').reduce((o: any, k) => o[k], file)).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keysOf(nl)) expect(placeholders(en, key), key).toEqual(placeholders(nl, key));
  });
});
