import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from '../routemap/types';
import { setAt } from './paths';
import { stampChecked } from './verified';

const published = shipped as RouteMap;
const today = '2026-12-03';
const checkedAfter = (path: string, value: unknown) => stampChecked(published, setAt(published, path, value), today).partners.shop.checked;

describe('a partner stamped as checked', () => {
  it('is stamped when a number, an address or a website changes, or one is removed', () => {
    expect(checkedAfter('partners.shop.phones[0].number', '070-1234567')).toBe(today);
    expect(checkedAfter('partners.shop.emails[0].address', 'info@example.nl')).toBe(today);
    expect(checkedAfter('partners.shop.websites', [{ url: 'https://example.nl' }])).toBe(today);
    expect(checkedAfter('partners.shop.phones', published.partners.shop.phones.slice(1))).toBe(today);
  });

  it('is not stamped when only a label or a note changes, or an empty field is added', () => {
    const before = published.partners.shop.checked;
    expect(checkedAfter('partners.shop.phones[1].label', { nl: 'Mobiel', en: 'Mobile' })).toBe(before);
    expect(checkedAfter('partners.shop.notes', [{ nl: 'Let op', en: 'Note' }])).toBe(before);
    expect(checkedAfter('partners.shop.phones', [...published.partners.shop.phones, { number: '' }])).toBe(before);
  });

  it('leaves every other partner alone', () => {
    const after = stampChecked(published, setAt(published, 'partners.shop.phones[0].number', '070-1234567'), today);
    expect(
      Object.entries(after.partners)
        .filter(([, partner]) => partner.checked === today)
        .map(([id]) => id),
    ).toEqual(['shop']);
  });
});
