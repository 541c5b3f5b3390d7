/**
 * The e-mail addresses a route map may hold: one rule for the validator (and so the editor's
 * fields, the build and `npm run check-data`), the mail links and saved contacts. Pure.
 *
 * A `mailto:` link is a URI that the phone's mail app decodes: `%40` becomes "@", `%2C` or "," a
 * second recipient, "?" and "&" start headers (`?bcc=`), and some apps read "+" as a space. So
 * an address is only what a partner's address needs, which the link can carry as it is: letters,
 * digits, ".", "_" and "-" before the "@", and an ASCII domain name after it.
 */
const EMAIL_ADDRESS = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** RFC 5321's limits: 64 characters before the "@", 254 in all. */
const MAX_LOCAL_PART = 64;
const MAX_ADDRESS = 254;

export function isEmailAddress(address: string): boolean {
  return address.length <= MAX_ADDRESS && address.indexOf('@') <= MAX_LOCAL_PART && EMAIL_ADDRESS.test(address);
}
