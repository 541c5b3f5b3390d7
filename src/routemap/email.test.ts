import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { isEmailAddress } from './email';

describe('an e-mail address the app may put in a mail link and a saved contact', () => {
  it('accepts every address of the shipped map', () => {
    const addresses = Object.values((shipped as RouteMap).partners).flatMap((partner) => partner.emails.map((email) => email.address));
    expect(addresses).toContain('infoZVH@zvhhm.nl');
    for (const address of addresses) expect(isEmailAddress(address), address).toBe(true);
  });

  it.each([
    ['%-escapes a mail app decodes into a second recipient', 'leak%40evil.example%2Czoco@shop-denhaag.nl'],
    ['a comma: a second recipient', 'leak@evil.example,zoco@shop-denhaag.nl'],
    ['a semicolon: a second recipient in some apps', 'leak@evil.example;zoco@shop-denhaag.nl'],
    ['a question mark: the start of headers', 'zoco@shop-denhaag.nl?bcc=leak@evil.example'],
    ['an ampersand: the next header', 'zoco&bcc=leak@shop-denhaag.nl'],
    ['a hash', 'zoco#x@shop-denhaag.nl'],
    ['a plus, which some mail apps read as a space', 'zoco+signaal@shop-denhaag.nl'],
    ['quotes', '"zoco"@shop-denhaag.nl'],
    ['an apostrophe', "o'brien@shop-denhaag.nl"],
    ['angle brackets', 'SHOP <zoco@shop-denhaag.nl>'],
    ['a second @', 'zoco@evil.example@shop-denhaag.nl'],
    ['a space', 'zoco @shop-denhaag.nl'],
    ['a line break', 'zoco@shop-denhaag.nl\r\nBcc: leak@evil.example'],
    ['a backslash', 'zoco\\@shop-denhaag.nl'],
    ['a non-ASCII letter', 'zoë@shop-denhaag.nl'],
    ['a dot at the start', '.zoco@shop-denhaag.nl'],
    ['two dots', 'zo..co@shop-denhaag.nl'],
    ['a domain without a dot', 'zoco@shop-denhaag'],
    ['a domain label starting with a hyphen', 'zoco@-shop.nl'],
    ['an IP address for a domain', 'zoco@[192.0.2.1]'],
    ['a mailto: in front', 'mailto:zoco@shop-denhaag.nl'],
    ['no local part', '@shop-denhaag.nl'],
    ['a local part over 64 characters', `${'z'.repeat(65)}@shop-denhaag.nl`],
    ['an address over 254 characters', `zoco@${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.nl`],
  ])('refuses %s', (_why, address) => {
    expect(isEmailAddress(address)).toBe(false);
  });

  it('accepts the usual letters, digits, dots, hyphens and underscores', () => {
    expect(isEmailAddress('bb-riec@denhaag.nl')).toBe(true);
    expect(isEmailAddress('team_mensenhandel.west@sub.gemeente-voorbeeld.nl')).toBe(true);
  });
});
