/**
 * What kind of number a phone number is, as the number itself says it (Dutch numbering plan):
 * 06 is a mobile, an area code (010–059, 070–079) a landline. Only worth saying where a partner
 * has more than one number, so the user can choose (SHOP's office and mobile).
 */
import type { Partner, Phone } from './types';
import { phoneNumberKind } from './phone';

export type PhoneKind = 'mobile' | 'landline';

/** What the number itself says it is; undefined for a service number (0800, 0900, 088, 112). */
export function numberKind(number: string): PhoneKind | undefined {
  const kind = phoneNumberKind(number);
  if (kind === 'mobile') return 'mobile';
  if (kind === 'geographic') return 'landline';
  return undefined;
}

export function phoneKind(partner: Pick<Partner, 'phones'>, phone: Phone): PhoneKind | undefined {
  return partner.phones.length > 1 ? numberKind(phone.number) : undefined;
}
