import i18next from 'i18next';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import beheer from '../../locales/beheer.nl.json';
import { loadTexts } from '../i18n/i18n';
import type { RouteMap } from '../routemap/types';
import { ChangeSummary } from './change-summary';
import { reachChangesBetween } from '../routemap/reach-changes';
import { changesBetween } from './changes';
import { stepLabel } from './describe';

beforeAll(async () => {
  await loadTexts();
  i18next.addResourceBundle('nl', 'beheer', beheer, true, true);
});

const published = shipped as RouteMap;

/** A record with one more own entry, made as JSON.parse makes it: "__proto__" becomes an entry, not the prototype. */
function withEntry<T extends object>(record: T, id: string, value: unknown): T {
  return JSON.parse(`{${JSON.stringify(id)}:${JSON.stringify(value)},${JSON.stringify(record).slice(1)}`) as T;
}

/** Ids a record inherits from Object.prototype: looked up with `record[id]`, each finds something that is no entry. */
const IDS = ['constructor', '__proto__', 'toString'];

describe('the change summary, with ids an object inherits', () => {
  for (const id of IDS) {
    it(`says a route, a step and a partner "${id}" added, and removed`, () => {
      const route = { ...published.routes.locatie, title: { nl: `Route ${id}`, en: `Route ${id}` } };
      const partner = { ...published.partners.riec, name: `Partner ${id}` };
      const persoon = { ...published.routes.persoon, steps: withEntry(published.routes.persoon.steps, id, { type: 'outcome', partners: [id], next: 'einde' }) };
      const draft: RouteMap = {
        ...published,
        routes: withEntry({ ...published.routes, persoon }, id, route),
        partners: withEntry(published.partners, id, partner),
      };

      expect(reachChangesBetween(published, draft)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'partnerAdded', partnerId: id }),
          expect.objectContaining({ kind: 'routeAdded', routeId: id }),
          expect.objectContaining({ kind: 'stepAdded', routeId: 'persoon', stepId: id }),
        ]),
      );
      expect(reachChangesBetween(draft, published)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'partnerRemoved', partnerId: id }),
          expect.objectContaining({ kind: 'routeRemoved', routeId: id }),
          expect.objectContaining({ kind: 'stepRemoved', routeId: 'persoon', stepId: id }),
        ]),
      );
      expect(changesBetween(published, draft).length).toBeGreaterThan(0);

      const added = renderToString(<ChangeSummary published={published} draft={draft} nextVersion={published.version + 1} />);
      expect(added).toContain(`Partner ${id}`);
      expect(added).toContain(`Route ${id}`);
      const removed = renderToString(<ChangeSummary published={draft} draft={published} nextVersion={published.version + 1} />);
      expect(removed).toContain(`Partner ${id}`);
      expect(removed).toContain(`Route ${id}`);
    });
  }

  it('names an outcome\'s partner the map lacks by its id, not by what the object inherits ("Object")', () => {
    const route = { ...published.routes.persoon, steps: { ...published.routes.persoon.steps, nieuw: { type: 'outcome' as const, partners: ['constructor'], next: 'einde' } } };
    expect(stepLabel(published, route, 'nieuw')).toBe('Naar constructor');
  });
});
