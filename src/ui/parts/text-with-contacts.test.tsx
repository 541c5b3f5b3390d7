import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { addressParts } from './address';
import { TextWithContacts, textParts } from './text-with-contacts';

describe('an address', () => {
  it('breaks only after "@" and before "." (an e-mail address), never at a hyphen', () => {
    expect(addressParts('bb-test@voorbeeld.nl')).toEqual(['bb-test@', 'voorbeeld', '.nl']);
    expect(addressParts('info.zvh@sub.voorbeeld-stichting.nl')).toEqual(['info', '.zvh@', 'sub', '.voorbeeld-stichting', '.nl']);
  });

  it('breaks a web address also before each "/" of its path, and keeps https:// with its host', () => {
    expect(addressParts('www.voorbeeld.nl/onderwerpen/melden')).toEqual(['www', '.voorbeeld', '.nl', '/onderwerpen', '/melden']);
    expect(addressParts('https://www.voorbeeld.nl/haags-voorbeeld-team/')).toEqual(['https://www', '.voorbeeld', '.nl', '/haags-voorbeeld-team', '/']);
  });
});

describe('running text', () => {
  it('keeps its phone numbers and addresses apart from its words, without the punctuation after them', () => {
    expect(textParts('Mail via het algemene e-mailadres: bb-test@voorbeeld.nl.')).toEqual(['Mail via het algemene e-mailadres: ', { address: 'bb-test@voorbeeld.nl' }, '.']);
    expect(textParts('Bel 0900-7654 of kijk op www.voorbeeld.nl/contact, of https://www.voorbeeld.nl/melden')).toEqual([
      'Bel ',
      { number: '0900-7654' },
      ' of kijk op ',
      { address: 'www.voorbeeld.nl/contact' },
      ', of ',
      { address: 'https://www.voorbeeld.nl/melden' },
    ]);
    expect(textParts('Geen nummer of adres hier.')).toEqual(['Geen nummer of adres hier.']);
  });

  it("shows an address in parts that break only where a contact line's do", () => {
    const html = renderToString(<TextWithContacts text="Of via het algemene e-mailadres: bb-test@voorbeeld.nl" />);
    expect(html).toContain('<span class="address"><span class="address__part">bb-test@</span><wbr/><span class="address__part">voorbeeld</span>');
  });
});
