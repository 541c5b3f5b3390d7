/**
 * Jargon a newcomer may not know appears on a screen only with its explanation (issue 21): every
 * screen of the shipped map, in Dutch and English, rendered as the app renders it.
 */
import i18next from 'i18next';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import shipped from '../../data/routekaart.json';
import { loadTexts } from '../i18n/i18n';
import type { RouteMap } from '../routemap/types';
import { findStep } from '../routemap/find-step';
import { numberingOf } from '../routemap/numbering';
import type { MunicipalityChoice } from './parts/municipality-choice';

const JARGON = {
  nl: ['oriënterend gesprek', 'signalenoverleg', 'ondermijning', 'aandachtsfunctionaris', 'accountmanager', 'tewerkstelling'],
  en: ['exploratory talk', 'signalenoverleg', 'undermining', 'aandachtsfunctionaris', 'account manager', 'illegal employment'],
};

const routeMap = shipped as RouteMap;
const NONE_CHOSEN: MunicipalityChoice = { name: undefined, region: undefined, choose: async () => undefined };
let screens: {
  AboutScreen: typeof import('./screens/about-screen').AboutScreen;
  HomeScreen: typeof import('./screens/home-screen').HomeScreen;
  PartnersScreen: typeof import('./screens/partners-screen').PartnersScreen;
  StepScreen: typeof import('./screens/step/step-screen').StepScreen;
};

beforeAll(async () => {
  await loadTexts();
  i18next.addResourceBundle('en', 'translation', en);
  screens = {
    ...(await import('./screens/about-screen')),
    ...(await import('./screens/home-screen')),
    ...(await import('./screens/partners-screen')),
    ...(await import('./screens/step/step-screen')),
  };
});

function renders(): Array<[string, string]> {
  const { AboutScreen, HomeScreen, PartnersScreen, StepScreen } = screens;
  const all: Array<[string, string]> = [
    ['home', renderToString(<HomeScreen map={routeMap} municipality={undefined} />)],
    ['about', renderToString(<AboutScreen routeMap={routeMap} />)],
    ['partners', renderToString(<PartnersScreen routeMap={routeMap} municipality={NONE_CHOSEN} />)],
  ];
  for (const [routeId, route] of Object.entries(routeMap.routes)) {
    for (const stepId of Object.keys(route.steps)) {
      const html = renderToString(<StepScreen routeMap={routeMap} at={findStep(routeMap, routeId, stepId)!} trail={[stepId]} municipality={NONE_CHOSEN} />);
      all.push([`${routeId}/${stepId}`, html]);
    }
    // The summary after "Nee" to every question: the route's partners, to talk it through.
    const endId = Object.keys(route.steps).find((id) => route.steps[id].type === 'end')!;
    const walk = [...numberingOf(route).questions, endId];
    all.push([
      `${routeId}/${endId} after Nee everywhere`,
      renderToString(<StepScreen routeMap={routeMap} at={findStep(routeMap, routeId, endId)!} trail={walk} municipality={NONE_CHOSEN} />),
    ]);
  }
  return all;
}

const TERM_BLOCK = /<details class="term"><summary>(.*?)<\/summary>.*?<\/details>/gs;
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .toLocaleLowerCase();

describe('a call', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`is promised only where there is a number to call (${language})`, async () => {
      await i18next.changeLanguage(language);
      const broken: string[] = [];
      for (const [screen, html] of renders()) {
        // Every link or button that says "Bel …" / "Call …" dials a number.
        for (const match of html.matchAll(/<(a|button)\b([^>]*)>(.*?)<\/\1>/gs)) {
          const text = match[3].replace(/<[^>]+>/g, '').trim();
          if (/^(Bel|Call)\b/.test(text) && !/href="tel:/.test(match[2])) broken.push(`${screen}: ${text}`);
        }
        // A sentence above partners that do not all have a number never tells the user to call them.
        const partners = [...html.matchAll(/data-partner="([^"]+)"|id="summary-([^"]+)"/g)].map((m) => m[1] ?? m[2]);
        const someWithoutNumber = partners.some((id) => routeMap.partners[id]?.phones.length === 0);
        const sentences = [...html.matchAll(/<p\b[^>]*>(.*?)<\/p>/gs)].map((m) => m[1].replace(/<[^>]+>/g, ''));
        if (someWithoutNumber)
          for (const sentence of sentences) if (/\b(Bel|bel|Call|call) (dan )?(een van )?(deze|one of these)/.test(sentence)) broken.push(`${screen}: ${sentence}`);
      }
      await i18next.changeLanguage('nl');
      expect(broken).toEqual([]);
    });
  }
});

describe('jargon on a screen', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`comes with its explanation on every screen (${language})`, async () => {
      await i18next.changeLanguage(language);
      const unexplained: string[] = [];
      for (const [screen, html] of renders()) {
        const explained = [...html.matchAll(TERM_BLOCK)].map((match) => textOf(match[1])).join(' ');
        const shown = textOf(html.replace(TERM_BLOCK, ''));
        for (const word of JARGON[language]) if (shown.includes(word) && !explained.includes(word)) unexplained.push(`${screen}: ${word}`);
      }
      await i18next.changeLanguage('nl');
      expect(unexplained).toEqual([]);
    });
  }
});
