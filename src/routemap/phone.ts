/**
 * Dutch phone numbers as the map prints them. Pure, so the app, the build and the tests share it.
 *
 * A number is allowed by its kind, from a list: a wrong number in the app can cost money or a
 * victim's chance, and a premium-rate or personal-number range passes any check of the format.
 * The full numbering-plan check (src/editor/numbering-plan.ts) runs beside this at build time, in
 * `npm run check-data` and in the editor; this is what every phone checks on every file.
 */

export type PhoneNumberKind = 'emergency' | 'geographic' | 'mobile' | 'company' | 'freephone' | 'information';

/** Each kind by its digits, per the Dutch numbering plan. Every other range is refused (0906, 0909, 084, 085, 087, 066, 067, 091, 097 …). */
const KINDS: Array<[PhoneNumberKind, RegExp]> = [
  ['emergency', /^112$/],
  // Area codes 010–059 and 070–079: ten digits with the area code.
  ['geographic', /^0[1-57]\d{8}$/],
  // 061–065 and 068; 066 (pagers), 067 (data) and the rest of 06 are no mobiles.
  ['mobile', /^06[1-58]\d{7}$/],
  // Company numbers (the Zorg- en Veiligheidshuis Hollands Midden has one); not 084/087 (personal numbers).
  ['company', /^088\d{7}$/],
  ['freephone', /^0800(?:\d{4}|\d{7})$/],
  // 0900 only: 0906 and 0909 are the same tariff's entertainment ranges.
  ['information', /^0900(?:\d{4}|\d{7})$/],
];

function digitsOf(number: string): string {
  return number.replace(/[\s-]/g, '');
}

/** A Dutch phone number as the map prints it ("0900-8844"), inside a sentence. */
export const PHONE_NUMBER_IN_TEXT = /\b0\d{1,3}-\d{4,8}\b/g;

/** The number's kind; undefined for a number the map may not hold. */
export function phoneNumberKind(number: string): PhoneNumberKind | undefined {
  if (!/^[0-9][0-9 -]*[0-9]$/.test(number)) return undefined;
  const digits = digitsOf(number);
  return KINDS.find(([, pattern]) => pattern.test(digits))?.[0];
}

export function isDutchPhoneNumber(number: string): boolean {
  return phoneNumberKind(number) !== undefined;
}

/**
 * The number to dial, for `tel:` links and vCards: international ("+31703614747") so it also
 * works from a foreign SIM; but 0800/0900 service numbers cannot be reached from abroad or in
 * international form, so those stay national ("08005151"). 112 stays as is. Only for a number
 * of an allowed kind (src/platform/links.ts checks).
 */
export function dialNumber(number: string): string {
  const digits = digitsOf(number);
  const kind = phoneNumberKind(number);
  if (kind === 'emergency' || kind === 'freephone' || kind === 'information') return digits;
  return `+31${digits.slice(1)}`;
}
