import { describe, expect, it } from 'vitest';
import { belongsTo, fieldId, getAt, joinPath, parsePath, setAt } from './paths';

describe('field paths', () => {
  const map = { partners: { shop: { phones: [{ number: '070-7654321' }, { number: '06-17654321' }], label: { nl: 'a' } } } };

  it("reads the validator's paths", () => {
    expect(parsePath('partners.shop.phones[1].number')).toEqual(['partners', 'shop', 'phones', 1, 'number']);
    expect(joinPath(['partners', 'shop', 'phones', 1, 'number'])).toBe('partners.shop.phones[1].number');
    expect(getAt(map, 'partners.shop.phones[1].number')).toBe('06-17654321');
    expect(getAt(map, 'partners.constructor')).toBeUndefined();
  });

  it('changes one field and leaves the original alone', () => {
    const changed = setAt(map, 'partners.shop.phones[1].number', '06-12345678');
    expect(getAt(changed, 'partners.shop.phones[1].number')).toBe('06-12345678');
    expect(getAt(map, 'partners.shop.phones[1].number')).toBe('06-17654321');
    expect(changed.partners.shop.phones[0]).toBe(map.partners.shop.phones[0]);
  });

  it('removes a key set to undefined', () => {
    expect(setAt(map, 'partners.shop.label', undefined).partners.shop).not.toHaveProperty('label');
  });

  it('gives each field an id and finds the problems of a field and its items', () => {
    expect(fieldId('partners.shop.phones[1].number')).toBe('veld-partners_shop_phones_1__number');
    expect(belongsTo('regions.x.municipalities[3]', 'regions.x.municipalities')).toBe(true);
    expect(belongsTo('partners.shop.name', 'partners.sho')).toBe(false);
  });
});
