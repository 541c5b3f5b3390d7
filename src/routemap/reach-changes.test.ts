import { describe, expect, it } from 'vitest';
import type { Partner, RouteMap } from './types';
import { own } from './own';
import { reachChangesBetween } from './reach-changes';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

function partner(name: string, contacts: Partial<Partner> = {}): Partner {
  return { name, group: 'care', about: text('Wie'), purpose: text('Waarvoor'), phones: [], emails: [], websites: [], notes: [], ...contacts };
}

/** A made-up map with numbers of its own; "constructor" is a partner's id on purpose. */
function map(): RouteMap {
  return {
    version: 2027010101,
    checked: '2027-01-01',
    regions: {
      noord: { name: text('Noord'), municipalities: ['Aadorp', 'Bedum'] },
      zuid: { name: text('Zuid'), municipalities: ['Cadier'] },
    },
    partners: {
      meldpunt: partner('Meldpunt', {
        phones: [{ number: '070-1234567' }, { number: '06-12345678' }],
        emails: [{ address: 'meld@voorbeeld.nl' }],
        websites: [{ url: 'https://voorbeeld.nl/melden' }],
      }),
      constructor: partner('Constructor', { phones: [{ number: '071-7654321' }] }),
    },
    routes: {
      persoon: {
        title: text('Persoon'),
        when: text('Wanneer'),
        start: 'eerste',
        steps: {
          eerste: { type: 'question', text: text('Eerste vraag?'), yes: 'naar-meldpunt', no: 'tweede' },
          'naar-meldpunt': { type: 'outcome', partners: ['meldpunt'], next: 'einde' },
          tweede: {
            type: 'choice',
            text: text('Welke?'),
            options: [
              { label: text('Een'), next: 'naar-constructor' },
              { label: text('Twee'), next: 'einde' },
            ],
          },
          'naar-constructor': { type: 'outcome', partners: ['constructor'], next: 'einde' },
          einde: { type: 'end' },
        },
      },
    },
  };
}

function changed(change: (routeMap: RouteMap) => void): RouteMap {
  const routeMap = map();
  change(routeMap);
  return routeMap;
}

describe('the changes that alter whom a worker reaches', () => {
  it('are none for the same map, also with another version and date', () => {
    expect(reachChangesBetween(map(), { ...map(), version: 2027010201, checked: '2027-01-02' })).toEqual([]);
  });

  it('say a changed number, e-mail address and website as old → new, where the new one is', () => {
    const after = changed((m) => {
      m.partners.meldpunt.phones[1].number = '06-87654321';
      m.partners.meldpunt.emails[0].address = 'nieuw@voorbeeld.nl';
      m.partners.meldpunt.websites[0].url = 'https://voorbeeld.nl/contact';
    });
    expect(reachChangesBetween(map(), after)).toEqual([
      { kind: 'contact', contact: 'phone', partnerId: 'meldpunt', path: 'partners.meldpunt.phones[1].number', before: '06-12345678', after: '06-87654321' },
      { kind: 'contact', contact: 'email', partnerId: 'meldpunt', path: 'partners.meldpunt.emails[0].address', before: 'meld@voorbeeld.nl', after: 'nieuw@voorbeeld.nl' },
      {
        kind: 'contact',
        contact: 'website',
        partnerId: 'meldpunt',
        path: 'partners.meldpunt.websites[0].url',
        before: 'https://voorbeeld.nl/melden',
        after: 'https://voorbeeld.nl/contact',
      },
    ]);
  });

  it('say a number put in front as one new number, and a number taken out as gone', () => {
    const added = changed((m) => m.partners.meldpunt.phones.unshift({ number: '0800-1234' }));
    expect(reachChangesBetween(map(), added)).toEqual([
      { kind: 'contact', contact: 'phone', partnerId: 'meldpunt', path: 'partners.meldpunt.phones[0].number', before: undefined, after: '0800-1234' },
    ]);
    const removed = changed((m) => m.partners.meldpunt.phones.splice(0, 1));
    expect(reachChangesBetween(map(), removed)).toEqual([
      { kind: 'contact', contact: 'phone', partnerId: 'meldpunt', path: 'partners.meldpunt.phones[0].number', before: '070-1234567', after: undefined },
    ]);
  });

  it('say a note, a new name and whom a partner is for', () => {
    const after = changed((m) => {
      m.partners.meldpunt.notes.push(text('Alleen op werkdagen'));
      m.partners.meldpunt.name = 'Meldpunt Noord';
      m.partners.meldpunt.region = 'noord';
      own(m.partners, 'constructor')!.municipalities = ['Bedum'];
    });
    expect(reachChangesBetween(map(), after)).toEqual([
      { kind: 'partnerRenamed', partnerId: 'meldpunt', before: 'Meldpunt', after: 'Meldpunt Noord' },
      { kind: 'note', partnerId: 'meldpunt', path: 'partners.meldpunt.notes[0]', before: undefined, after: text('Alleen op werkdagen') },
      { kind: 'scope', partnerId: 'meldpunt', before: {}, after: { region: 'noord' } },
      { kind: 'scope', partnerId: 'constructor', before: {}, after: { municipalities: ['Bedum'] } },
    ]);
  });

  it('look ids up among the map\'s own entries: a partner "constructor" added or removed is said, with its numbers', () => {
    const without = changed((m) => {
      Reflect.deleteProperty(m.partners, 'constructor');
      m.routes.persoon.steps['naar-constructor'] = { type: 'outcome', partners: ['meldpunt'], next: 'einde' };
    });
    expect(reachChangesBetween(without, map())).toEqual([
      { kind: 'partnerAdded', partnerId: 'constructor' },
      { kind: 'contact', contact: 'phone', partnerId: 'constructor', path: 'partners.constructor.phones[0].number', before: undefined, after: '071-7654321' },
      { kind: 'outcomePartners', routeId: 'persoon', stepId: 'naar-constructor', before: ['meldpunt'], after: ['constructor'] },
    ]);
    expect(reachChangesBetween(map(), without)).toEqual([
      { kind: 'partnerRemoved', partnerId: 'constructor' },
      { kind: 'outcomePartners', routeId: 'persoon', stepId: 'naar-constructor', before: ['constructor'], after: ['meldpunt'] },
    ]);
  });

  it("say an answer relinked, by the answer's field, and a route's new start", () => {
    const after = changed((m) => {
      const first = m.routes.persoon.steps.eerste;
      if (first.type === 'question') first.no = 'einde';
      m.routes.persoon.start = 'tweede';
    });
    expect(reachChangesBetween(map(), after)).toEqual([
      { kind: 'answer', routeId: 'persoon', path: 'routes.persoon.start', before: 'eerste', after: 'tweede' },
      { kind: 'answer', routeId: 'persoon', path: 'routes.persoon.steps.eerste.no', before: 'tweede', after: 'einde' },
    ]);
  });

  it('say a step put in, with the answer that now leads to it, and a step taken out', () => {
    const after = changed((m) => {
      m.routes.persoon.steps.derde = { type: 'question', text: text('Derde vraag?'), yes: 'naar-meldpunt', no: 'einde' };
      const choice = m.routes.persoon.steps.tweede;
      if (choice.type === 'choice') choice.options[1].next = 'derde';
      delete m.routes.persoon.steps['naar-constructor'];
      if (choice.type === 'choice') choice.options[0].next = 'naar-meldpunt';
    });
    expect(reachChangesBetween(map(), after)).toEqual([
      { kind: 'stepAdded', routeId: 'persoon', stepId: 'derde' },
      { kind: 'stepRemoved', routeId: 'persoon', stepId: 'naar-constructor' },
      { kind: 'answer', routeId: 'persoon', path: 'routes.persoon.steps.tweede.options[0].next', before: 'naar-constructor', after: 'naar-meldpunt' },
      { kind: 'answer', routeId: 'persoon', path: 'routes.persoon.steps.tweede.options[1].next', before: 'einde', after: 'derde' },
    ]);
  });

  it('say an option taken out by its label, not as the options after it relinked', () => {
    const after = changed((m) => {
      const choice = m.routes.persoon.steps.tweede;
      if (choice.type === 'choice') choice.options.splice(0, 1);
      delete m.routes.persoon.steps['naar-constructor'];
    });
    expect(reachChangesBetween(map(), after)).toEqual([
      { kind: 'stepRemoved', routeId: 'persoon', stepId: 'naar-constructor' },
      { kind: 'optionRemoved', routeId: 'persoon', stepId: 'tweede', option: 'Een' },
    ]);
  });

  it('say a route added or removed once, not each of its steps', () => {
    const withRoute = changed((m) => (m.routes.locatie = { ...m.routes.persoon, title: text('Locatie') }));
    expect(reachChangesBetween(map(), withRoute)).toEqual([{ kind: 'routeAdded', routeId: 'locatie' }]);
    expect(reachChangesBetween(withRoute, map())).toEqual([{ kind: 'routeRemoved', routeId: 'locatie' }]);
  });
});
