import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import shipped from '../../../data/routekaart.json';
import type { Partner, RouteMap } from '../../routemap/types';
import { ContactActions } from './contact-actions';

const riec = (shipped as RouteMap).partners.riec;

describe("a partner's buttons", () => {
  it('leave out a number, address or website the links refuse, and keep the rest (the four values of issue #32)', () => {
    const partner: Partner = {
      ...riec,
      phones: [{ number: '0906-1234567' }, { number: '070-7654321' }],
      emails: [{ address: 'leak%40evil.example%2Cinfo@voorbeeld-stichting.nl' }, { address: 'bb-test@voorbeeld.nl' }],
      websites: [
        { url: 'https://www.voorbeeld.nl/contact\r\nTEL;TYPE=CELL:+31612345678' },
        { url: 'https://www.voorbeeld.nl@evil.example/' },
        { url: 'https://www.voorbeeld.nl/contact' },
      ],
    };
    const html = renderToString(<ContactActions partner={partner} />);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([
      'tel:+31707654321',
      'mailto:bb-test@voorbeeld.nl?subject=Signaal%20mensenhandel',
      'https://www.voorbeeld.nl/contact',
    ]);
    expect(html).not.toMatch(/0906|evil\.example|%40/);
  });

  it('make the call button red for an emergency partner (112), and only for one', () => {
    const partners = shipped as RouteMap;
    const red = (partner: Partner) => /button--emergency/.test(renderToString(<ContactActions partner={partner} />));
    expect(red(partners.partners['112'])).toBe(true);
    expect(red({ ...partners.partners['112'], group: 'police' })).toBe(false);
    expect(red(partners.partners.avim)).toBe(false);
  });
});
