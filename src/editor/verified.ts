/**
 * When a partner counts as checked: one of its numbers, addresses or websites changed (or the
 * owner says so with the button). A label, a note or an empty new field is not a check. Pure.
 */
import type { Partner, RouteMap } from '../routemap/types';
import { own } from '../routemap/own';

function contactsOf(partner: Partner | undefined): string {
  if (!partner) return '';
  const values = [...partner.phones.map((phone) => phone.number), ...partner.emails.map((email) => email.address), ...partner.websites.map((website) => website.url)];
  return JSON.stringify(values.map((value) => value.trim()).filter(Boolean));
}

/** The edited map, with today's date on each partner whose contacts the edit changed. */
export function stampChecked(before: RouteMap, after: RouteMap, today: string): RouteMap {
  let stamped = after;
  for (const [id, partner] of Object.entries(after.partners)) {
    if (contactsOf(partner) === contactsOf(own(before.partners, id))) continue;
    stamped = { ...stamped, partners: { ...stamped.partners, [id]: { ...partner, checked: today } } };
  }
  return stamped;
}
