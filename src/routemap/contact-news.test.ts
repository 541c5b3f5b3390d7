import { describe, expect, it } from 'vitest';
import type { Partner, RouteMap } from './types';
import { contactNewsBetween } from './contact-news';

const text = (nl: string) => ({ nl, en: nl });

function partner(name: string, contacts: Partial<Partner> = {}): Partner {
  return { name, group: 'care', about: text('Wie'), purpose: text('Waarvoor'), phones: [], emails: [], websites: [], notes: [], ...contacts };
}

/** A made-up map with numbers of its own. */
function map(): RouteMap {
  return {
    version: 2027010101,
    checked: '2027-01-01',
    regions: { noord: { name: text('Noord'), municipalities: ['Aadorp', 'Bedum'] } },
    partners: {
      meldpunt: partner('Meldpunt', { phones: [{ number: '070-1234567' }, { number: '06-12345678' }], emails: [{ address: 'meld@voorbeeld.nl' }] }),
      overleg: partner('Overleg Bedum', { municipalities: ['Bedum'], phones: [{ number: '050-1234567' }] }),
    },
    routes: {
      r: { title: text('R'), when: text('W'), start: 'o', steps: { o: { type: 'outcome', partners: ['meldpunt', 'overleg'], next: 'e' }, e: { type: 'end' } } },
    },
  };
}

function changed(change: (routeMap: RouteMap) => void): RouteMap {
  const routeMap = map();
  change(routeMap);
  return routeMap;
}

describe('what the update notice says changed for contacts', () => {
  it('names a new mobile number with its partner, and a number that is gone', () => {
    const after = changed((m) => {
      m.partners.meldpunt.phones[1].number = '06-87654321';
      m.partners.meldpunt.emails = [];
    });
    expect(contactNewsBetween(map(), after, undefined)).toEqual([
      { kind: 'contact', contact: 'phone', phoneKind: 'mobile', name: 'Meldpunt', value: '06-87654321', gone: false },
      { kind: 'contact', contact: 'email', name: 'Meldpunt', value: 'meld@voorbeeld.nl', gone: true },
    ]);
  });

  it('names a new partner once, not each of its numbers, and says nothing of notes or routes', () => {
    const after = changed((m) => {
      m.partners.nieuw = partner('Nieuw Meldpunt', { phones: [{ number: '0800-1234' }] });
      m.partners.meldpunt.notes.push(text('Alleen op werkdagen'));
      m.routes.r.steps.o = { type: 'outcome', partners: ['nieuw'], next: 'e' };
    });
    expect(contactNewsBetween(map(), after, undefined)).toEqual([{ kind: 'partnerAdded', name: 'Nieuw Meldpunt' }]);
  });

  it("keeps another municipality's own contact to its own users", () => {
    const after = changed((m) => (m.partners.overleg.phones[0].number = '050-7654321'));
    const news = { kind: 'contact', contact: 'phone', phoneKind: 'landline', name: 'Overleg Bedum', value: '050-7654321', gone: false };
    expect(contactNewsBetween(map(), after, 'Bedum')).toEqual([news]);
    expect(contactNewsBetween(map(), after, undefined)).toEqual([news]);
    expect(contactNewsBetween(map(), after, 'Aadorp')).toEqual([]);
  });
});
