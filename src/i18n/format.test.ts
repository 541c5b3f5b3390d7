import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('a date as the app writes it', () => {
  it('reads as Intl writes it in Dutch and British English, every day of a leap year', () => {
    const intl = {
      nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2028, 0, 1 + day));
      const iso = date.toISOString().slice(0, 10);
      expect(formatDate(iso, 'nl')).toBe(intl.nl.format(date));
      expect(formatDate(iso, 'en')).toBe(intl.en.format(date));
    }
  });
});
