/**
 * Dutch phone numbers as the map prints them. Pure, so the app, the build and the tests share it.
 */

const EMERGENCY = '112';

function digitsOf(number: string): string {
  return number.replace(/[\s-]/g, '');
}

/** A Dutch phone number as the map prints it ("0900-8844"), inside a sentence. */
export const PHONE_NUMBER_IN_TEXT = /\b0\d{1,3}-\d{4,8}\b/g;

/** True for 112, a Dutch 10-digit number (0 + area or mobile code) or an 0800/0900 service number. */
export function isDutchPhoneNumber(number: string): boolean {
  if (!/^[0-9][0-9 -]*[0-9]$/.test(number)) return false;
  const digits = digitsOf(number);
  if (digits === EMERGENCY) return true;
  if (/^0(800|900|906|909)\d{4,7}$/.test(digits)) return true;
  return /^0[1-9]\d{8}$/.test(digits);
}

/**
 * The number to dial, for `tel:` links and vCards: international ("+31703614747") so it also
 * works from a foreign SIM; but 0800/0900 service numbers cannot be reached from abroad or in
 * international form, so those stay national ("08005151"). 112 stays as is.
 */
export function dialNumber(number: string): string {
  const digits = digitsOf(number);
  if (digits === EMERGENCY || /^0[89]0\d/.test(digits)) return digits;
  return `+31${digits.slice(1)}`;
}
