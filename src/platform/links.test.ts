import { describe, expect, it } from 'vitest';
import { FEEDBACK_SUBJECT, mailHref, telHref, webHref } from './links';

describe('tap-to-call and tap-to-mail links', () => {
  it("dial the map's numbers in international form, and 112 as is", () => {
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('0800-7654')).toBe('tel:08007654');
    expect(telHref('0900-7654')).toBe('tel:09007654');
    expect(telHref('070-7654321')).toBe('tel:+31707654321');
    expect(telHref('06-17654321')).toBe('tel:+31617654321');
  });

  it('open a mail with the Dutch subject line', () => {
    expect(mailHref('info@voorbeeld-stichting.nl')).toBe('mailto:info@voorbeeld-stichting.nl?subject=Signaal%20mensenhandel');
  });

  it('open a report about the app with its own subject line, by the same e-mail rule', () => {
    expect(mailHref('toegankelijkheid@voorbeeld.nl', FEEDBACK_SUBJECT)).toBe('mailto:toegankelijkheid@voorbeeld.nl?subject=Melding%20over%20de%20app');
    expect(mailHref('a+b@voorbeeld.nl', FEEDBACK_SUBJECT)).toBeUndefined();
  });

  it('open a website at the address as written', () => {
    expect(webHref('https://www.voorbeeld.nl/contact')).toBe('https://www.voorbeeld.nl/contact');
  });
});

/** The four values of issue #32 that once passed every check: none may become a link, even if a check before it failed. */
describe("links are made only from values that pass the map's rules", () => {
  it('makes no call link to a premium-rate number', () => {
    expect(telHref('0906-1234567')).toBeUndefined();
    expect(telHref('06-1234')).toBeUndefined();
  });

  it('makes no mail link to an address a mail app would decode into a second recipient', () => {
    expect(mailHref('leak%40evil.example%2Cinfo@voorbeeld-stichting.nl')).toBeUndefined();
    expect(mailHref('info@voorbeeld-stichting.nl?bcc=leak@evil.example')).toBeUndefined();
  });

  it('makes no web link from an address with a line break, or one that opens another host', () => {
    expect(webHref('https://www.voorbeeld.nl/contact\r\nTEL;TYPE=CELL:+31612345678')).toBeUndefined();
    expect(webHref('https://www.voorbeeld.nl@evil.example/')).toBeUndefined();
    expect(webHref('javascript:alert(1)')).toBeUndefined();
  });
});
