import type { Language } from '../routemap/types';

// Names written out rather than Intl.DateTimeFormat: building the first Intl formatter loads the
// locale's data, a 75 ms task on a slow phone, and the home screen shows a date at start.
// The same text as Intl's nl-NL and en-GB `day numeric, month long, year numeric` (tested).
const MONTHS: Record<Language, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const listFormats = new Map<Language, Intl.ListFormat>();

/** "29 november 2026" / "29 November 2026", from an ISO date. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[language][month - 1]} ${year}`;
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
