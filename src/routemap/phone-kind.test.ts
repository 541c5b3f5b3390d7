import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { phoneKind } from './phone-kind';

const { partners } = shipped as RouteMap;

describe('what kind of number a phone number is', () => {
  it("tells SHOP's landline from its mobile, as the numbers say", () => {
    expect(partners.shop.phones.map((phone) => phoneKind(partners.shop, phone))).toEqual(['landline', 'mobile']);
  });

  it('says nothing where a partner has one number, or for a service number', () => {
    expect(phoneKind(partners['zvh-haaglanden'], partners['zvh-haaglanden'].phones[0])).toBeUndefined();
    const two = { phones: [{ number: '0900-7654' }, { number: '088-7654321' }] };
    expect(two.phones.map((phone) => phoneKind(two, phone))).toEqual([undefined, undefined]);
  });
});
