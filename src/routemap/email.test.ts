import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { isEmailAddress } from './email';

describe('an e-mail address the app may put in a mail link and a saved contact', () => {
  it('accepts every address of the shipped map', () => {
    const addresses = Object.values((shipped as RouteMap).partners).flatMap((partner) => partner.emails.map((email) => email.address));
    // One has capitals: allowed, as mail apps ignore case.
    expect(addresses.some((address) => /[A-Z]/.test(address))).toBe(true);
    for (const address of addresses) expect(isEmailAddress(address), address).toBe(true);
  });

  it.each([
    ['%-escapes a mail app decodes into a second recipient', 'leak%40evil.example%2Cinfo@voorbeeld-stichting.nl'],
    ['a comma: a second recipient', 'leak@evil.example,info@voorbeeld-stichting.nl'],
    ['a semicolon: a second recipient in some apps', 'leak@evil.example;info@voorbeeld-stichting.nl'],
    ['a question mark: the start of headers', 'info@voorbeeld-stichting.nl?bcc=leak@evil.example'],
    ['an ampersand: the next header', 'info&bcc=leak@voorbeeld-stichting.nl'],
    ['a hash', 'info#x@voorbeeld-stichting.nl'],
    ['a plus, which some mail apps read as a space', 'info+signaal@voorbeeld-stichting.nl'],
    ['quotes', '"info"@voorbeeld-stichting.nl'],
    ['an apostrophe', "o'brien@voorbeeld-stichting.nl"],
    ['angle brackets', 'SHOP <info@voorbeeld-stichting.nl>'],
    ['a second @', 'info@evil.example@voorbeeld-stichting.nl'],
    ['a space', 'info @voorbeeld-stichting.nl'],
    ['a line break', 'info@voorbeeld-stichting.nl\r\nBcc: leak@evil.example'],
    ['a backslash', 'info\\@voorbeeld-stichting.nl'],
    ['a non-ASCII letter', 'zoë@voorbeeld-stichting.nl'],
    ['a dot at the start', '.info@voorbeeld-stichting.nl'],
    ['two dots', 'zo..co@voorbeeld-stichting.nl'],
    ['a domain without a dot', 'info@voorbeeld-stichting'],
    ['a domain label starting with a hyphen', 'info@-shop.nl'],
    ['an IP address for a domain', 'info@[192.0.2.1]'],
    ['a mailto: in front', 'mailto:info@voorbeeld-stichting.nl'],
    ['no local part', '@voorbeeld-stichting.nl'],
    ['a local part over 64 characters', `${'z'.repeat(65)}@voorbeeld-stichting.nl`],
    ['an address over 254 characters', `info@${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.nl`],
  ])('refuses %s', (_why, address) => {
    expect(isEmailAddress(address)).toBe(false);
  });

  it('accepts the usual letters, digits, dots, hyphens and underscores', () => {
    expect(isEmailAddress('bb-test@voorbeeld.nl')).toBe(true);
    expect(isEmailAddress('team_mensenhandel.west@sub.gemeente-voorbeeld.nl')).toBe(true);
  });
});
