/** Which of the map's explained words a set of texts uses. Pure: the build's home map and the screens share it. */
import type { Language, Term } from './types';

export function termsUsed(terms: readonly Term[] | undefined, texts: ReadonlyArray<string | undefined>, language: Language): Term[] {
  const used = texts
    .filter((text): text is string => text !== undefined)
    .join('\n')
    .toLocaleLowerCase();
  return (terms ?? []).filter((term) => used.includes(term.term[language].toLocaleLowerCase()));
}
