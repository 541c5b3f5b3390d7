import type { Language } from '../routemap/types';

/** "29 november 2026" / "29 November 2026", from an ISO date. */
export function formatDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "NLA en AVIM" / "NLA and AVIM". */
export function listOf(items: string[], language: Language): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
