/**
 * The only code that makes `tel:` and `mailto:` links from the map's numbers and addresses (the
 * header's 112 and the fallback screen write `tel:112` themselves, to stay in the main bundle).
 */
import { dialNumber } from '../routemap/phone';

/** Partners read the subject in Dutch, whatever language the app is in. */
export const MAIL_SUBJECT = 'Signaal mensenhandel';

export function telHref(number: string): string {
  return `tel:${dialNumber(number)}`;
}

export function mailHref(address: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(MAIL_SUBJECT)}`;
}

/** A web address as the map prints it: without the scheme. */
export function displayUrl(url: string): string {
  return url.replace(/^https:\/\//, '');
}

/** The app's own address, right on every host that serves it (a relative one while prerendering). */
export function appAddress(): string {
  return typeof location === 'undefined' ? '/' : `${location.origin}/`;
}
