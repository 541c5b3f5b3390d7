/**
 * How the app's filters match (Alle partners, the municipality in Instellingen): every word typed
 * must be in the text, in any order, whatever the case or accents ("orienterend" finds
 * "oriënterend", "haag den" finds "Den Haag"). Pure.
 */

/** Lower case, without accents: the form both sides are compared in. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl');
}

/** Whether `text` holds every word of `query`; an empty query matches everything. */
export function matchesQuery(query: string, text: string): boolean {
  const haystack = folded(text);
  return folded(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
