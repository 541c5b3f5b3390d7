/**
 * The full Dutch numbering-plan check of every phone number (libphonenumber's "max" metadata, its
 * Dutch part only: see scripts/phone-metadata.mjs), beyond the app's own quick check. The build,
 * `npm run check-data` and the editor share it; the field app never loads it.
 */
import { isValidPhoneNumber, type MetadataJson } from 'libphonenumber-js/core';
import dutch from './numbering-plan-nl.json';
import type { Problem } from '../routemap/validate';
import type { RouteMap } from '../routemap/types';

/** 112 is a short emergency code, which the numbering plan does not list as a phone number. */
const EMERGENCY = '112';

export function numberingPlanProblems(routeMap: RouteMap): Problem[] {
  const problems: Problem[] = [];
  for (const [id, partner] of Object.entries(routeMap.partners)) {
    partner.phones.forEach((phone, i) => {
      if (phone.number === EMERGENCY || isValidPhoneNumber(phone.number, 'NL', dutch as unknown as MetadataJson)) return;
      problems.push({
        path: `partners.${id}.phones[${i}].number`,
        message: `"${phone.number}" is not a number in the Dutch numbering plan`,
        kind: 'phone',
      });
    });
  }
  return problems;
}
