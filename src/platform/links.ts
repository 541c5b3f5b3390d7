/**
 * The only code that makes `tel:`, `mailto:` and web links from the map's numbers and addresses
 * (the header's 112 and the fallback screen write `tel:112` themselves, to stay in the main
 * bundle). Each is made only from a value that passes the map's own rule, so a value that slipped
 * past a check before it gives no link at all (undefined), never a link to something else.
 */
import { dialNumber, isDutchPhoneNumber } from '../routemap/phone';
import { isEmailAddress } from '../routemap/email';
import { isWebAddress } from '../routemap/web-address';

/** Partners read the subject in Dutch, whatever language the app is in. */
export const MAIL_SUBJECT = 'Signaal mensenhandel';
/** A report about the app itself, to the address its owners gave: no signal in it. */
export const FEEDBACK_SUBJECT = 'Melding over de app';

export function telHref(number: string): string | undefined {
  return isDutchPhoneNumber(number) ? `tel:${dialNumber(number)}` : undefined;
}

export function mailHref(address: string, subject: string = MAIL_SUBJECT): string | undefined {
  return isEmailAddress(address) ? `mailto:${address}?subject=${encodeURIComponent(subject)}` : undefined;
}

export function webHref(url: string): string | undefined {
  return isWebAddress(url) ? url : undefined;
}

/** A web address as the map prints it: without the scheme. */
export function displayUrl(url: string): string {
  return url.replace(/^https:\/\//, '');
}

/** The app's own address, right on every host that serves it (a relative one while prerendering). */
export function appAddress(): string {
  return typeof location === 'undefined' ? '/' : `${location.origin}/`;
}
