import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { isWebAddress } from './web-address';

describe('a web address the app may link to', () => {
  it('accepts every website of the shipped map', () => {
    const urls = Object.values((shipped as RouteMap).partners).flatMap((partner) => partner.websites.map((website) => website.url));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(isWebAddress(url), url).toBe(true);
  });

  it.each([
    ['a line break the browser would drop', 'https://www.voorbeeld.nl/contact\r\nTEL;TYPE=CELL:+31612345678'],
    ['a user part: it reads as voorbeeld.nl and opens another host', 'https://www.voorbeeld.nl@evil.example/'],
    ['a user and password', 'https://test:geheim@www.voorbeeld.nl/'],
    ['http', 'http://www.voorbeeld.nl/contact'],
    ['no path: the browser writes it with a slash', 'https://www.voorbeeld.nl'],
    ['capitals in the host: the browser writes them small', 'https://WWW.RIEC.NL/'],
    ['a port', 'https://www.voorbeeld.nl:8443/contact'],
    ['the default port, which the browser drops', 'https://www.voorbeeld.nl:443/contact'],
    ['a host without a dot', 'https://intranet/contact'],
    ['an IP address', 'https://192.0.2.1/contact'],
    ['an IPv6 address', 'https://[2001:db8::1]/contact'],
    ['a host in another script (a look-alike of riec.nl)', 'https://www.rіec.nl/contact'],
    ['the same host written in punycode', 'https://www.xn--rec-kfd.nl/contact'],
    ['a space', 'https://www.voorbeeld.nl/con tact'],
    ['a backslash', 'https:\\\\www.voorbeeld.nl\\contact'],
    ['javascript:', 'javascript:alert(1)'],
    ['a relative address', '/contact'],
    ['leading whitespace', ' https://www.voorbeeld.nl/contact'],
  ])('refuses %s', (_why, url) => {
    expect(isWebAddress(url)).toBe(false);
  });

  it('accepts a path, a query and a fragment written as the browser writes them', () => {
    expect(isWebAddress('https://www.voorbeeld.nl/nl/veiligheid/haags-voorbeeld-team/')).toBe(true);
    expect(isWebAddress('https://www.voorbeeld.nl/onderwerpen/melden?vorm=online#formulier')).toBe(true);
    expect(isWebAddress('https://www.voorbeeld-gemeente.nl/')).toBe(true);
  });
});
