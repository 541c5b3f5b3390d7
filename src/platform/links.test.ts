import { describe, expect, it } from 'vitest';
import { mailHref, telHref } from './links';

describe('tap-to-call and tap-to-mail links', () => {
  it('dial the map\'s numbers in international form, and 112 as is', () => {
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('0800-5151')).toBe('tel:08005151');
    expect(telHref('0900-8844')).toBe('tel:09008844');
    expect(telHref('070-3614747')).toBe('tel:+31703614747');
    expect(telHref('06-14007438')).toBe('tel:+31614007438');
  });

  it('open a mail with the Dutch subject line', () => {
    expect(mailHref('zoco@shop-denhaag.nl')).toBe('mailto:zoco@shop-denhaag.nl?subject=Signaal%20mensenhandel');
  });
});
