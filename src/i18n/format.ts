import type { Language } from '../routemap/types';

// Building an Intl formatter costs far more than using one, and every contact card shows a date.
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const listFormats = new Map<Language, Intl.ListFormat>();

/** "29 november 2026" / "29 November 2026", from an ISO date. */
export function formatDate(isoDate: string, language: Language): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "NLA en AVIM" / "NLA and AVIM". */
export function listOf(items: string[], language: Language): string {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format.format(items);
}
