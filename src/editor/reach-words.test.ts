import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import nl from '../../locales/beheer.nl.json';
import en from '../../locales/beheer.en.json';
import { loadTexts } from '../i18n/i18n';
import type { Choice, RouteMap } from '../routemap/types';
import { reachChangesBetween } from '../routemap/reach-changes';
import { reachInWords } from './reach-words';
import { addPartner, addRoute, insertStep, withOption } from './structure';

beforeAll(async () => {
  await loadTexts();
  i18next.addResourceBundle('nl', 'beheer', nl, true, true);
  i18next.addResourceBundle('en', 'beheer', en, true, true);
});

const published = shipped as RouteMap;

/** A draft that changes one of each: numbers of its own, never the real partners'. */
function draftWithEveryKind(): RouteMap {
  let draft = structuredClone(published);
  draft.partners.shop.phones[1].number = '06-12345678';
  draft.partners.shop.notes.push({ nl: 'Alleen op werkdagen', en: 'Weekdays only' });
  draft.partners.shop.municipalities = ['Katwijk'];
  draft.partners.riec.name = 'RIEC Den Haag';
  draft = addPartner(draft, 'Stichting Voorbeeld').routeMap;
  draft.partners['stichting-voorbeeld'].phones.push({ number: '070-1234567' });
  draft = insertStep(draft, 'routes.persoon.steps.ondersteuning.no', 'question').routeMap;
  draft = addRoute(draft, 'Testroute').routeMap;
  const choice = draft.routes.persoon.steps['aangifte-vorm'];
  if (choice.type === 'choice') draft.routes.persoon.steps['aangifte-vorm'] = withOption(choice);
  const outcome = draft.routes.persoon.steps['ondersteuning-shop'];
  if (outcome.type === 'outcome') outcome.partners = ['shop', 'stichting-voorbeeld'];
  delete draft.partners['heit-malafide'];
  const locatie = draft.routes.locatie.steps;
  for (const step of Object.values(locatie)) if (step.type === 'outcome') step.partners = step.partners.filter((id) => id !== 'heit-malafide');
  return draft;
}

describe("what changes for whom a worker reaches, in the editor's words", () => {
  it('says each kind of change in plain Dutch, old → new where there is a value', () => {
    const draft = draftWithEveryKind();
    const lines = reachChangesBetween(published, draft).map((change) => reachInWords(published, draft, change));
    const shop = published.partners.shop;
    expect(lines).toEqual(
      expect.arrayContaining([
        { what: 'SHOP — Telefoon 2', values: { before: shop.phones[1].number, after: '06-12345678' } },
        { what: 'SHOP — Notitie 1', values: { before: undefined, after: 'Alleen op werkdagen' } },
        { what: 'SHOP — Voor wie', values: { before: 'Voor iedereen', after: 'Voor Katwijk' } },
        { what: 'RIEC Den Haag — Naam', values: { before: 'RIEC', after: 'RIEC Den Haag' } },
        { what: 'Partner ‘Stichting Voorbeeld’ toegevoegd' },
        { what: 'Stichting Voorbeeld — Telefoon 1', values: { before: undefined, after: '070-1234567' } },
        { what: `Partner ‘${published.partners['heit-malafide'].name}’ verwijderd` },
        { what: 'Route ‘Testroute’ toegevoegd' },
        { what: `Nieuwe keuze bij ‘${(published.routes.persoon.steps['aangifte-vorm'] as Choice).text.nl}’: ‘(nog zonder tekst)’` },
        { what: expect.stringMatching(/^Nieuw in route ‘.+’: Vraag 4: \(nog zonder tekst\) \(na Nee bij ‘/) },
        { what: 'Routes en vragen: ‘Locatie’ — Partners bij vraag 4', values: { before: expect.stringContaining('HEIT'), after: undefined } },
        { what: expect.stringMatching(/ — Partners bij vraag 3$/), values: { before: 'SHOP', after: 'SHOP, Stichting Voorbeeld' } },
        {
          what: expect.stringMatching(/ — Vraag 3 — Bij Nee gaat de route naar$/),
          values: { before: expect.stringMatching(/^Vraag 4: Maakt u/), after: 'Vraag 4: (nog zonder tekst)' },
        },
      ]),
    );
  });

  it('leaves no text key unsaid, in either language', async () => {
    const draft = draftWithEveryKind();
    for (const language of ['nl', 'en']) {
      await i18next.changeLanguage(language);
      const text = JSON.stringify(reachChangesBetween(published, draft).map((change) => reachInWords(published, draft, change)));
      expect(text).not.toMatch(/\b(?:beheer:|changes\.|field\.|scope\.|link\.|place\.)[a-z]/);
    }
    await i18next.changeLanguage('nl');
  });
});
