/**
 * vCard 3.0 (RFC 2426) for "Sla op in contacten", made on the device so it works offline.
 * Android's and iOS's contacts apps import it; they are strict about CRLF, escaping and folding.
 */
import type { Language, Partner, Phone } from '../routemap/types';
import { phoneKind } from '../routemap/phone-kind';
import { dialNumber } from '../routemap/phone';
import { downloadText } from './download';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** RFC 2426 §4: backslash, comma, semicolon and newlines are escaped in text values. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
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

export function partnerVCard(partner: Partner, language: Language, describePhone: DescribePhone = () => undefined): string {
  // A contacts app shows a number's own label poorly or not at all: the note says what each one is.
  const described = partner.phones.flatMap((phone) => {
    const description = describePhone(partner, phone);
    return description ? [`${phone.number}: ${description}.`] : [];
  });
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(partner.name)}`,
    `N:${escapeText(partner.name)};;;;`,
    `ORG:${escapeText(partner.name)}`,
    ...partner.phones.map((phone) => `TEL;TYPE=${phoneKind(partner, phone) === 'mobile' ? 'CELL' : 'WORK'},VOICE:${dialNumber(phone.number)}`),
    ...partner.emails.map((email) => `EMAIL;TYPE=INTERNET:${email.address}`),
    ...partner.websites.map((website) => `URL:${website.url}`),
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
