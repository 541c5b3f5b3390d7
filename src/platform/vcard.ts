/**
 * vCard 3.0 (RFC 2426) for "Sla op in contacten", made on the device so it works offline.
 * Android's and iOS's contacts apps import it; they are strict about CRLF, escaping and folding.
 */
import type { Language, Partner, Phone } from '../routemap/types';
import { phoneKind } from '../routemap/phone-kind';
import { dialNumber, isDutchPhoneNumber } from '../routemap/phone';
import { isEmailAddress } from '../routemap/email';
import { isWebAddress } from '../routemap/web-address';
import { withoutControlCharacters } from '../routemap/characters';
import { downloadText } from './download';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * RFC 2426 §4: backslash, comma, semicolon and line breaks (CRLF, or a lone CR or LF: each ends
 * a line for some reader) are escaped in text values. Any other control character has no place
 * in a card: it becomes a space.
 */
export function escapeText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
  return withoutControlCharacters(escaped);
}

/**
 * RFC 2426 §2.6 / RFC 2425 §5.8.1: lines longer than 75 octets are folded with CRLF + space.
 * Counted in UTF-8 octets, never splitting a character.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** What a number is, in the card's language (ui/parts/phone-description.ts): it travels into the contacts app. */
export type DescribePhone = (partner: Partner, phone: Phone) => string | undefined;

/**
 * A partner's card, with only the numbers, addresses and websites that pass the map's rules: a
 * value that slipped past a check before it is left out, since a saved contact outlives the data.
 */
export function partnerVCard(partner: Partner, language: Language, describePhone: DescribePhone = () => undefined): string {
  const phones = partner.phones.filter((phone) => isDutchPhoneNumber(phone.number));
  const emails = partner.emails.filter((email) => isEmailAddress(email.address));
  const websites = partner.websites.filter((website) => isWebAddress(website.url));
  // A contacts app shows a number's own label poorly or not at all: the note says what each one is.
  const described = phones.flatMap((phone) => {
    const description = describePhone(partner, phone);
    return description ? [`${phone.number}: ${description}.`] : [];
  });
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(partner.name)}`,
    `N:${escapeText(partner.name)};;;;`,
    `ORG:${escapeText(partner.name)}`,
    ...phones.map((phone) => `TEL;TYPE=${phoneKind(partner, phone) === 'mobile' ? 'CELL' : 'WORK'},VOICE:${dialNumber(phone.number)}`),
    ...emails.map((email) => `EMAIL;TYPE=INTERNET:${escapeText(email.address)}`),
    // A uri value (RFC 2426 §3.6.8), not text: written as the browser writes it, never escaped.
    ...websites.map((website) => `URL:${website.url}`),
    `NOTE:${escapeText([`${partner.about[language]}. ${partner.purpose[language]}`, ...described].join(' '))}`,
    'END:VCARD',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export function partnersVCard(partners: Partner[], language: Language, describePhone?: DescribePhone): string {
  return partners.map((partner) => partnerVCard(partner, language, describePhone)).join('');
}

/** Hands the card to the browser as a download; the phone offers to add it to its contacts. */
export function downloadVCard(fileName: string, vcard: string): void {
  downloadText(fileName, vcard, 'text/vcard;charset=utf-8');
}
