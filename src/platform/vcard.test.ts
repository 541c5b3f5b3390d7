import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { Partner, RouteMap } from '../routemap/types';
import { escapeText, foldLine, partnersVCard, partnerVCard } from './vcard';

const partners = (shipped as RouteMap).partners;

/** A partner of the test's own, with a landline and a mobile: the format, not the data file, is under test. */
const shop: Partner = {
  name: 'SHOP',
  group: 'care',
  about: { nl: 'Kennis- en expertisecentrum over sekswerk en mensenhandel', en: "The Hague's expertise centre on sex work and human trafficking" },
  purpose: {
    nl: 'Als het slachtoffer ondersteuning wil van een hulpverlener, opvang nodig heeft of met een advocaat wil praten.',
    en: 'When the victim wants support from a care worker, needs shelter or wants to talk to a lawyer.',
  },
  phones: [{ number: '070-7654321' }, { number: '06-17654321' }],
  emails: [{ address: 'info@voorbeeld-stichting.nl' }],
  websites: [],
  notes: [],
};

/** Undoes folding (RFC 2425 §5.8.1) and splits a vCard stream into logical lines. */
function unfold(vcard: string): string[] {
  return vcard.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('a vCard 3.0 for a partner (RFC 2426)', () => {
  const card = partnerVCard(shop, 'nl');

  it('uses CRLF line endings only', () => {
    expect(card.endsWith('\r\n')).toBe(true);
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('carries the official name, every number in international form, the e-mail address and a note', () => {
    expect(unfold(card)).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:SHOP',
      'N:SHOP;;;;',
      'ORG:SHOP',
      'TEL;TYPE=WORK,VOICE:+31707654321',
      'TEL;TYPE=CELL,VOICE:+31617654321',
      'EMAIL;TYPE=INTERNET:info@voorbeeld-stichting.nl',
      'NOTE:Kennis- en expertisecentrum over sekswerk en mensenhandel. Als het slachtoffer ondersteuning wil van een hulpverlener\\, opvang nodig heeft of met een advocaat wil praten.',
      'END:VCARD',
    ]);
  });

  it('keeps UTF-8 names and folds no line beyond 75 octets', () => {
    const zvh = partnerVCard(partners['zvh-hollands-midden'], 'en');
    expect(unfold(zvh)).toContain('FN:Zorg- en Veiligheidshuis Hollands Midden');
    for (const line of zvh.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const avim = partnerVCard(partners.avim, 'nl');
    for (const line of avim.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(unfold(avim).find((line) => line.startsWith('NOTE:'))).toContain('Afdeling Vreemdelingenpolitie');
  });

  it("says in its note what each number is, as the screen does (AVIM: the police's general number, ask for AVIM)", () => {
    const describe = (_partner: Partner, phone: Partner['phones'][number]) => phone.label?.nl ?? (phone.number.startsWith('06') ? 'Mobiel nummer' : undefined);
    const note = unfold(partnerVCard(partners.avim, 'nl', describe)).find((line) => line.startsWith('NOTE:'));
    expect(note).toContain(`${partners.avim.phones[0].number}: Algemeen nummer van de politie: vraag naar AVIM.`);
    expect(unfold(partnerVCard(shop, 'nl', describe)).find((line) => line.startsWith('NOTE:'))).toContain('06-17654321: Mobiel nummer.');
  });

  it('escapes backslash, comma and semicolon in text values', () => {
    expect(escapeText('a\\b,c;d\ne')).toBe('a\\\\b\\,c\\;d\\ne');
    const partner: Partner = { ...partners.riec, name: 'Team; A, B\\C' };
    expect(unfold(partnerVCard(partner, 'nl'))).toContain('FN:Team\\; A\\, B\\\\C');
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldLine(`NOTE:${'é'.repeat(80)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${'é'.repeat(80)}`);
  });

  it('puts all partners in one file, one card each', () => {
    const all = partnersVCard(Object.values(partners), 'nl');
    expect(all.match(/^BEGIN:VCARD$/gm)).toHaveLength(Object.keys(partners).length);
    expect(all.match(/^END:VCARD\r$/gm)).toHaveLength(Object.keys(partners).length);
    expect(unfold(all)).toContain(`URL:${partners.riec.websites[0].url}`);
    expect(unfold(all)).toContain('TEL;TYPE=WORK,VOICE:112');
  });
});

/** The four values of issue #32 that once passed every check, on a partner the validator never saw. */
describe('a vCard made only from checked parts', () => {
  const hostile: Partner = {
    ...partners.riec,
    phones: [{ number: '0906-1234567' }, { number: '070-7654321' }],
    emails: [{ address: 'leak%40evil.example%2Cinfo@voorbeeld-stichting.nl' }, { address: 'bb-test@voorbeeld.nl' }],
    websites: [
      { url: 'https://www.voorbeeld.nl/contact\r\nTEL;TYPE=CELL:+31612345678' },
      { url: 'https://www.voorbeeld.nl@evil.example/' },
      { url: 'https://www.voorbeeld.nl/contact' },
    ],
  };
  const describe = (_partner: Partner, phone: Partner['phones'][number]) => `nummer ${phone.number}`;
  const lines = unfold(partnerVCard(hostile, 'nl', describe));

  it('leaves out every value that fails the rules, and keeps the ones that pass', () => {
    expect(lines.filter((line) => /^(TEL|EMAIL|URL)/.test(line))).toEqual([
      'TEL;TYPE=WORK,VOICE:+31707654321',
      'EMAIL;TYPE=INTERNET:bb-test@voorbeeld.nl',
      'URL:https://www.voorbeeld.nl/contact',
    ]);
  });

  it('saves no hidden second number, and names no left-out value in its note', () => {
    expect(lines.some((line) => line.includes('+31612345678'))).toBe(false);
    expect(lines.join('\n')).not.toMatch(/0906|evil\.example|%40/);
  });

  it('escapes a lone CR or LF, and turns any other control character into a space, in text values', () => {
    expect(escapeText('a\rb\nc\r\nd')).toBe('a\\nb\\nc\\nd');
    expect(escapeText('RIEC\u0000\u202e\t')).toBe('RIEC   ');
    const card = partnerVCard({ ...shop, name: 'SHOP\rTEL:+31612345678' }, 'nl');
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfold(card)).toContain('FN:SHOP\\nTEL:+31612345678');
  });
});
