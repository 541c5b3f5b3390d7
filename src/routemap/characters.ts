/**
 * Characters no string of a route map may hold. Each is invisible on screen and changes what
 * reaches the user: a line break in a web address ends a vCard line and starts a hidden one
 * (a second number saved under the partner's name); a direction mark or override can make
 * "070-3614747" display as "3614747-070". The map's texts are single lines of plain text.
 * Pure.
 */

/**
 * C0 (incl. tab, LF, CR), DEL, C1, the Unicode line and paragraph separators, and every bidi
 * control: the Arabic letter mark, LRM/RLM, the embeddings and overrides (U+202A–E) and the
 * isolates (U+2066–9).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The first such character in a text, as `U+000D`; undefined when there is none. */
export function controlCharacterIn(text: string): string | undefined {
  const found = CONTROL_CHARACTER.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** The text with each such character replaced by a space: for what must show something (a vCard's name). */
export function withoutControlCharacters(text: string): string {
  return text.replace(new RegExp(CONTROL_CHARACTER.source, 'g'), ' ');
}
