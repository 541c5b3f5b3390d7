import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasForeignLink, type Steps } from './foreign-link';
import { SEED } from '../test/route-map-arbitraries';

/** The pattern the validator used before: right, but it rescans a long run of scheme characters from every start in it. */
const OLD_PATTERN = /\b(?!https:|tel:|mailto:)[a-z][a-z0-9+.-]*:\/\/|\b(javascript|data|vbscript|file|blob):/i;

describe('a link other than tel:, mailto: or https: in a text', () => {
  it.each([
    'Zie http://www.voorbeeld.nl/contact',
    'Zie javascript:alert(1)',
    'data:text/html,<script>',
    'VBScript:msgbox',
    'file:///etc/passwd',
    'blob:https://example.nl/1',
    'ftp://files.example.nl',
    'x.ftp://files.example.nl',
    'git+ssh://host.example.nl',
    '(javascript:void 0)',
    'httpss://www.voorbeeld.nl/',
    'Xhttps://www.voorbeeld.nl/',
  ])('is found in %j', (text) => {
    expect(hasForeignLink(text)).toBe(true);
  });

  it.each([
    'Bel 070-7654321 of kijk op https://www.voorbeeld.nl/contact',
    'HTTPS://WWW.RIEC.NL/',
    'tel://112 en mailto://info@voorbeeld-stichting.nl',
    'Tijd: 10:30, datum: 1-1-2027',
    'metadata: geen',
    'javascripts: geen link',
    'Let op: de data van vandaag',
    'een_data: geen woordgrens',
    'https:',
  ])('is not found in %j', (text) => {
    expect(hasForeignLink(text)).toBe(false);
  });

  it('finds exactly what the old pattern found, in any text made of the characters that matter', () => {
    const piece = fc.constantFrom(
      'a',
      'h',
      'x',
      'Z',
      '0',
      '_',
      '.',
      '+',
      '-',
      ' ',
      ':',
      '/',
      '//',
      '://',
      'https',
      'tel',
      'mailto',
      'data',
      'JavaScript',
      'file',
      'blob',
      'vbscript',
      'é',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')),
        (text) => {
          expect(hasForeignLink(text)).toBe(OLD_PATTERN.test(text));
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it.each([
    ['scheme characters with a dot between every letter', 'a.'.repeat(2000)],
    ['the same, ending in ://', `${'a.'.repeat(1998)}://`],
    ['a run of letters', 'a'.repeat(4000)],
    ['letters and hyphens', 'a-'.repeat(2000)],
    ['a colon after every letter', 'a:'.repeat(2000)],
    ['colons only', ':'.repeat(4000)],
    ['almost a link, over and over', 'datx:'.repeat(800)],
    ['https:// over and over', 'https://'.repeat(500)],
  ])('is looked for in a 4,000-character text of %s in a number of steps linear in its length', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(3999);
    const steps: Steps = { count: 0 };
    hasForeignLink(text, steps);
    // Each character is visited a few times at most; rescanning from every start would take millions.
    expect(steps.count).toBeLessThanOrEqual(8 * text.length);
  });
});
