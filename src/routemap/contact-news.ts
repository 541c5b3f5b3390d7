/**
 * What an installed app tells its user when newer data arrives: each contact that changed, in
 * one line ("Nieuw mobiel nummer voor SHOP: 06-…"), for the partners this user sees. Pure.
 */
import { own } from './own';
import { numberKind, type PhoneKind } from './phone-kind';
import { reachChangesBetween, type ContactKind } from './reach-changes';
import { isFor } from './scope';
import type { RouteMap } from './types';

export type ContactNews =
  /** `gone`: the partner no longer has `value`; else `value` is new (changed or added). */
  { kind: 'contact'; contact: ContactKind; phoneKind?: PhoneKind; name: string; value: string; gone: boolean } | { kind: 'partnerAdded' | 'partnerRemoved'; name: string };

export function contactNewsBetween(before: RouteMap, after: RouteMap, municipality: string | undefined): ContactNews[] {
  const news: ContactNews[] = [];
  const addedPartners = new Set<string>();
  for (const change of reachChangesBetween(before, after)) {
    if (change.kind === 'partnerAdded') {
      // A new partner is one line: its contacts are on its card.
      addedPartners.add(change.partnerId);
      if (isFor(after, change.partnerId, municipality)) news.push({ kind: 'partnerAdded', name: own(after.partners, change.partnerId)!.name });
    } else if (change.kind === 'partnerRemoved') {
      if (isFor(before, change.partnerId, municipality)) news.push({ kind: 'partnerRemoved', name: own(before.partners, change.partnerId)!.name });
    } else if (change.kind === 'contact' && !addedPartners.has(change.partnerId) && isFor(after, change.partnerId, municipality)) {
      const gone = change.after === undefined;
      const value = (gone ? change.before : change.after)!;
      news.push({
        kind: 'contact',
        contact: change.contact,
        ...(change.contact === 'phone' ? { phoneKind: numberKind(value) } : {}),
        name: own(after.partners, change.partnerId)!.name,
        value,
        gone,
      });
    }
  }
  return news;
}
