import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import shipped from '../../data/routekaart.json';
// @ts-expect-error: a plain .mjs script, no type declarations.
import { dutchMetadata } from '../../scripts/phone-metadata.mjs';
import dutch from './numbering-plan-nl.json';
import { numberingPlanProblems } from './numbering-plan';
import type { RouteMap } from '../routemap/types';

const withNumber = (number: string): RouteMap => {
  const map = structuredClone(shipped) as RouteMap;
  map.partners.shop.phones[1].number = number;
  return map;
};

describe('the Dutch numbering plan', () => {
  it('is the Dutch part of the installed libphonenumber-js metadata (else: npm run phone-metadata)', () => {
    expect(dutch).toEqual(JSON.parse(JSON.stringify(dutchMetadata())));
  });

  it.each(['070-7654321', '06-17654321', '0800-7654', '0900-7654', '088-7654321', '019-1234567', '06-04007438', '070-123', '0612'])(
    'judges %s as the full metadata does',
    (number) => {
      expect(numberingPlanProblems(withNumber(number)).length === 0).toBe(isValidPhoneNumber(number, 'NL'));
    },
  );
});
