import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import beheer from '../../locales/beheer.nl.json';
import { loadTexts } from '../i18n/i18n';
import type { Choice, Question, RouteMap } from '../routemap/types';
import { validateRouteMap } from '../routemap/validate';
import { questionName } from '../routemap/numbering';
import { describePath, placeInWords } from './describe';
import { insertStep } from './structure';

beforeAll(async () => {
  await loadTexts();
  i18next.addResourceBundle('nl', 'beheer', beheer, true, true);
});

describe('where a field is, in the editor', () => {
  it('names a question reached by "Ja" as the app does: "Vraag 1a" under question 1, never "Vraag 0"', () => {
    const routeMap = structuredClone(shipped) as RouteMap;
    const route = routeMap.routes.persoon;
    route.steps.doorvraag = { type: 'question', text: { nl: 'Is er nu gevaar?', en: 'Is there danger now?' }, yes: 'acuut-112', no: 'aangifte' };
    route.steps.acuut = { ...route.steps.acuut, yes: 'doorvraag' } as typeof route.steps.acuut;
    expect(validateRouteMap(routeMap).ok).toBe(true);
    const number = questionName(route, 'doorvraag');
    expect(number).toBe('1a');
    expect(describePath(routeMap, 'routes.persoon.steps.doorvraag.text.nl')).toContain(`Vraag ${number} `);
    expect(describePath(routeMap, 'routes.persoon.steps.zorgen.text.nl')).toContain('Vraag 4 ');
  });
});

describe('where a new step sits, in words', () => {
  it('names the answer and the step before it, by their text', () => {
    const steps = (shipped as RouteMap).routes.persoon.steps;
    const ondersteuning = (steps.ondersteuning as Question).text.nl;
    const kind = steps['aangifte-vorm'] as Choice;
    const { routeMap, id } = insertStep(shipped as RouteMap, 'routes.persoon.steps.ondersteuning.no', 'question');
    // A long text is cut short, at 57 characters.
    expect(placeInWords(routeMap, 'persoon', id)).toBe(`na Nee bij ‘${ondersteuning.slice(0, 57)}…’`);
    const option = insertStep(routeMap, 'routes.persoon.steps.aangifte-vorm.options[0].next', 'outcome');
    expect(placeInWords(option.routeMap, 'persoon', option.id)).toBe(`na ‘${kind.options[0].label.nl}’ bij ‘${kind.text.nl}’`);
    const after = insertStep(routeMap, 'routes.persoon.steps.ondersteuning-shop.next', 'question');
    expect(placeInWords(after.routeMap, 'persoon', after.id)).toBe('na ‘Naar SHOP’');
    expect(placeInWords(routeMap, 'persoon', 'acuut')).toBe('aan het begin van de route');
  });
});
