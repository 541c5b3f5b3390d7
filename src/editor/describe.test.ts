import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import beheer from '../../locales/beheer.nl.json';
import { loadTexts } from '../i18n/i18n';
import type { RouteMap } from '../routemap/types';
import { validateRouteMap } from '../routemap/validate';
import { questionNumber } from '../routemap/walk';
import { describePath } from './describe';

beforeAll(async () => {
  await loadTexts();
  i18next.addResourceBundle('nl', 'beheer', beheer, true, true);
});

describe('where a field is, in the editor', () => {
  it('numbers a question reached by "Ja" as the app does, never "Vraag 0"', () => {
    const routeMap = structuredClone(shipped) as RouteMap;
    const route = routeMap.routes.persoon;
    route.steps.doorvraag = { type: 'question', text: { nl: 'Is er nu gevaar?', en: 'Is there danger now?' }, yes: 'acuut-112', no: 'aangifte' };
    route.steps.acuut = { ...route.steps.acuut, yes: 'doorvraag' } as typeof route.steps.acuut;
    expect(validateRouteMap(routeMap).ok).toBe(true);
    const number = questionNumber(route, 'doorvraag');
    expect(number).toBe(1);
    expect(describePath(routeMap, 'routes.persoon.steps.doorvraag.text.nl')).toContain(`Vraag ${number} `);
    expect(describePath(routeMap, 'routes.persoon.steps.zorgen.text.nl')).toContain('Vraag 4 ');
  });
});
