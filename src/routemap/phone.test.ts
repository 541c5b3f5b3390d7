import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { dialNumber, isDutchPhoneNumber, phoneNumberKind } from './phone';

describe('the kinds of Dutch phone number a route map may hold', () => {
  it('knows every number of the shipped map', () => {
    const numbers = Object.values((shipped as RouteMap).partners).flatMap((partner) => partner.phones.map((phone) => phone.number));
    expect(numbers.map(phoneNumberKind)).toEqual(['emergency', 'freephone', 'information', 'geographic', 'mobile', 'geographic', 'company']);
  });

  it('emergency: 112', () => {
    expect(phoneNumberKind('112')).toBe('emergency');
  });

  it.each(['010-1234567', '015-2123456', '023-5123456', '038-4123456', '046-4123456', '059-1123456', '070-7654321', '071-5123456', '079-3123456', '0172-123456'])(
    'geographic, area codes 010–059 and 070–079: %s',
    (number) => expect(phoneNumberKind(number)).toBe('geographic'),
  );

  it.each(['06-17654321', '06-21234567', '06-31234567', '06-41234567', '06-51234567', '06-81234567', '06 1765 4321'])(
    'mobile, the 06 ranges for mobiles (061–065, 068): %s',
    (number) => expect(phoneNumberKind(number)).toBe('mobile'),
  );

  it.each(['088-7654321', '088-1234567'])('company number, 088: %s', (number) => expect(phoneNumberKind(number)).toBe('company'));

  it.each(['0800-7654', '0800-1234567'])('freephone, 0800 with 4 or 7 digits: %s', (number) => expect(phoneNumberKind(number)).toBe('freephone'));

  it.each(['0900-7654', '0900-1234567'])('information number, 0900 with 4 or 7 digits: %s', (number) => {
    expect(phoneNumberKind(number)).toBe('information');
  });

  it.each([
    ['premium rate, entertainment', '0906-1234567'],
    ['premium rate, entertainment (short)', '0906-1234'],
    ['premium rate, games', '0909-1234567'],
    ['the old premium 0906 written without the hyphen', '09061234567'],
    ['personal numbers', '084-1234567'],
    ['internet telephony', '085-1234567'],
    ['personal numbers', '087-1234567'],
    ['pagers', '066-1234567'],
    ['dial-up data', '067-1234567'],
    ['no mobile range', '06-01234567'],
    ['no mobile range', '06-71234567'],
    ['no mobile range', '06-91234567'],
    ['internet telephony', '091-1234567'],
    ['machine-to-machine', '097-012345678'],
    ['unassigned', '082-1234567'],
    ['unassigned', '089-1234567'],
    ['unassigned', '060-1234567'],
    ['a municipality short number', '14070'],
    ['0800 with 5 digits', '0800-12345'],
    ['0900 with 6 digits', '0900-123456'],
    ['a number too short', '070-123'],
    ['a number too long', '070-76543210'],
    ['international form', '+31707654321'],
    ['a foreign number', '0044-2079460000'],
    ['text', 'bel ons'],
  ])('refuses %s: %s', (_kind, number) => {
    expect(phoneNumberKind(number)).toBeUndefined();
    expect(isDutchPhoneNumber(number)).toBe(false);
  });

  it('dials 112, 0800 and 0900 as they are, every other kind in international form', () => {
    expect(['112', '0800-7654', '0900-7654', '070-7654321', '06-17654321', '088-7654321'].map(dialNumber)).toEqual([
      '112',
      '08007654',
      '09007654',
      '+31707654321',
      '+31617654321',
      '+31887654321',
    ]);
  });
});
