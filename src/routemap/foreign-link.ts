/**
 * Whether a text carries a link other than tel:, mailto: or https: (http:, javascript:, data:,
 * …): the app only ever links with those three. Pure, and linear in the text's length: a
 * regular expression for this rescanned a long run of scheme characters ("a.a.a.…") from every
 * start in it, quadratic in a text of thousands of characters.
 *
 * What counts, case-insensitively: a scheme (a letter, then letters, digits, "+", "." or "-")
 * starting at a word boundary and followed by "://", unless it is https, tel or mailto; or
 * javascript:, data:, vbscript:, file: or blob: as a whole word.
 */

/** Counts the characters looked at, for a test that proves the work linear. */
export interface Steps {
  count: number;
}

const ALLOWED = ['https', 'tel', 'mailto'];
const DANGEROUS = ['javascript', 'data', 'vbscript', 'file', 'blob'];
const LONGEST_DANGEROUS = 10;

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number) => code >= 48 && code <= 57;
/** As `\w` in the pattern it replaces: ASCII letters, digits and "_". */
const isWordCharacter = (code: number) => isLetter(code) || isDigit(code) || code === 95;
/** "+", "-" and "." besides letters and digits (RFC 3986 §3.1). */
const isSchemeCharacter = (code: number) => isLetter(code) || isDigit(code) || code === 43 || code === 45 || code === 46;
const COLON = 58;
const SLASH = 47;

export function hasForeignLink(text: string, steps: Steps = { count: 0 }): boolean {
  const wordStart = (i: number) => i === 0 || !isWordCharacter(text.charCodeAt(i - 1));
  for (let colon = 0; colon < text.length; colon++) {
    steps.count++;
    if (text.charCodeAt(colon) !== COLON) continue;

    // javascript: and the like: a whole word just before the colon, looked for at most 11 back.
    let word = colon;
    while (word > 0 && colon - word <= LONGEST_DANGEROUS && isWordCharacter(text.charCodeAt(word - 1))) {
      steps.count++;
      word--;
    }
    if (wordStart(word) && DANGEROUS.includes(text.slice(word, colon).toLowerCase())) return true;

    // A scheme before "://": any start in the run of scheme characters that is a letter at a word
    // boundary. Runs end at a colon, so each character is in one run only.
    if (text.charCodeAt(colon + 1) !== SLASH || text.charCodeAt(colon + 2) !== SLASH) continue;
    let run = colon;
    while (run > 0 && isSchemeCharacter(text.charCodeAt(run - 1))) {
      steps.count++;
      run--;
    }
    for (let start = run; start < colon; start++) {
      steps.count++;
      if (!isLetter(text.charCodeAt(start)) || !wordStart(start)) continue;
      const length = colon - start;
      // Only a scheme as long as https, tel or mailto can be one of them: read no more than that.
      if (length > 6 || !ALLOWED.includes(text.slice(start, colon).toLowerCase())) return true;
    }
  }
  return false;
}
