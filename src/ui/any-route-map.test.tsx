/**
 * Whatever the validator accepts, the app can show; whatever arrives, nothing throws. Property
 * tests with a fixed seed (printed, so a failure can be replayed with FC_SEED=…).
 */
import fc from 'fast-check';
import i18next from 'i18next';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import shipped from '../../data/routekaart.json';
import { loadTexts } from '../i18n/i18n';
import { decideUpdate } from '../routemap/update';
import { validateRouteMap } from '../routemap/validate';
import type { RouteMap } from '../routemap/types';
import { findStep } from '../routemap/find-step';
import { nextStepId, partnersOfRoute } from '../routemap/walk';
import { isFor } from '../routemap/scope';
import type { MunicipalityChoice } from './parts/municipality-choice';
import { local } from '../i18n/i18n';
import { mailHref, telHref, webHref } from '../platform/links';
import { mutatedRouteMap, SEED, validRouteMap } from '../test/route-map-arbitraries';

// The screens add their texts to i18next as they load, so they are imported once it has started.
let screens: {
  HomeScreen: typeof import('./screens/home-screen').HomeScreen;
  PartnersScreen: typeof import('./screens/partners-screen').PartnersScreen;
  PrintScreen: typeof import('./screens/print-screen').PrintScreen;
  MapScreen: typeof import('./screens/map-screen').MapScreen;
  StepScreen: typeof import('./screens/step/step-screen').StepScreen;
};

const RUNS = { valid: 100, mutated: 300, text: 300 };
const now = new Date('2026-11-29T12:00:00Z');
const current = shipped as RouteMap;

beforeAll(async () => {
  await loadTexts();
  screens = {
    ...(await import('./screens/home-screen')),
    ...(await import('./screens/partners-screen')),
    ...(await import('./screens/map-screen')),
    ...(await import('./screens/print-screen')),
    ...(await import('./screens/step/step-screen')),
  };
  i18next.addResourceBundle('en', 'translation', en);
  console.info(`fast-check seed ${SEED}: ${RUNS.valid} valid maps, ${RUNS.mutated} mutated files, ${RUNS.text} arbitrary texts`);
});

// biome-ignore lint/complexity/noUselessFragments: renderToString takes an element, not a string
const escaped = (value: string) => renderToString(<>{value}</>);

/** Every step a walk from the start can reach. */
function reachable(route: RouteMap['routes'][string]): string[] {
  const seen: string[] = [];
  const queue = [route.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.includes(id)) continue;
    seen.push(id);
    const step = route.steps[id];
    const answers = step.type === 'question' ? (['yes', 'no'] as const) : step.type === 'choice' ? step.options.map((_, i) => i) : [0];
    for (const answer of answers) {
      const next = nextStepId(step, answer);
      if (next !== undefined) queue.push(next);
    }
  }
  return seen;
}
// biome-ignore lint/a11y/useAnchorContent: only the attribute is rendered, to see how it is escaped
const escapeAttribute = (value: string) => renderToString(<a href={value} />).slice('<a href="'.length, -'"></a>'.length);

/** Every href that reaches one of these partners: a call, a mail or its website. */
function contactHrefs(routeMap: RouteMap, partnerIds: string[]): string[] {
  return partnerIds.flatMap((id) => {
    const partner = routeMap.partners[id];
    return [
      ...partner.phones.map((phone) => telHref(phone.number)),
      ...partner.emails.map((email) => mailHref(email.address)),
      ...partner.websites.map((website) => webHref(website.url)),
    ].map((href) => {
      // The links' rules are the validator's: whatever it accepts makes a link.
      expect(href, 'a contact the validator accepted makes a link').toBeDefined();
      return `href="${escapeAttribute(href!)}"`;
    });
  });
}

/** An outcome always shows a way to act, not only behind a disclosure (the other region's). */
function expectAContact(html: string, hrefs: string[]): void {
  const open = html.replace(/<details[\s\S]*?<\/details>/g, '');
  expect(
    hrefs.some((href) => open.includes(href)),
    'no contact of its partners outside a disclosure',
  ).toBe(true);
}

/** The print view and the whole-map drawing name every question, choice option and partner the map can reach, whatever its shape. */
function expectWholePrint(routeMap: RouteMap, html: string): void {
  for (const route of Object.values(routeMap.routes)) {
    for (const id of reachable(route)) {
      const step = route.steps[id];
      if (step.type === 'question' || step.type === 'choice') expect(html).toContain(escaped(local(step.text)));
      if (step.type === 'choice') for (const option of step.options) expect(html).toContain(escaped(local(option.label)));
      if (step.type === 'outcome') for (const partner of step.partners) expect(html).toContain(escaped(routeMap.partners[partner].name));
    }
  }
}

/**
 * Renders every screen a route map feeds, in both languages: home, the partner list, the print
 * view, and every step of every route; outcomes and the summary also for each region, and the
 * summary both opened directly and at the end of a walk through every step.
 */
function renderEverything(routeMap: RouteMap): void {
  const { HomeScreen, PartnersScreen, PrintScreen, MapScreen, StepScreen } = screens;
  const regions = [undefined, ...Object.keys(routeMap.regions)];
  // The user of each region's first municipality, and the one who chose none.
  const userIn = (region: string | undefined): MunicipalityChoice => ({
    name: region === undefined ? undefined : routeMap.regions[region].municipalities[0],
    region,
    choose: async () => undefined,
  });
  for (const language of ['nl', 'en']) {
    void i18next.changeLanguage(language);
    renderToString(<HomeScreen map={routeMap} municipality={undefined} />);
    expectWholePrint(routeMap, renderToString(<PrintScreen routeMap={routeMap} municipality={userIn(undefined)} />));
    expectWholePrint(routeMap, renderToString(<MapScreen routeMap={routeMap} municipality={userIn(undefined)} />));
    for (const region of regions) {
      renderToString(<PartnersScreen routeMap={routeMap} municipality={userIn(region)} />);
      renderToString(<PrintScreen routeMap={routeMap} municipality={userIn(region)} />);
    }
    for (const [routeId, route] of Object.entries(routeMap.routes)) {
      for (const [stepId, step] of Object.entries(route.steps)) {
        const render = (trail: string[], region: string | undefined) =>
          renderToString(<StepScreen routeMap={routeMap} at={findStep(routeMap, routeId, stepId)!} trail={trail} municipality={userIn(region)} />);
        // Opened from a link, the app's walk is this step alone (walkTo).
        if (step.type === 'question' || step.type === 'choice') {
          render([stepId], undefined);
          continue;
        }
        for (const region of regions) {
          const html = render([stepId], region);
          const named = step.type === 'outcome' ? step.partners : partnersOfRoute(route);
          // Another municipality's own contacts are not shown: those that are must be reachable.
          const theirs = named.filter((id) => isFor(routeMap, id, userIn(region).name));
          if (step.type === 'outcome' && theirs.length > 0) expectAContact(html, contactHrefs(routeMap, theirs));
          if (region !== undefined) continue;
          for (const partner of named) expect(html).toContain(escaped(routeMap.partners[partner].name));
        }
        if (step.type === 'end') for (const region of regions) render(Object.keys(route.steps), region);
      }
    }
  }
  void i18next.changeLanguage('nl');
}

// Generous: CI machines are slow; the runs take a few seconds on a developer's machine.
describe('any route map', { timeout: 60_000 }, () => {
  it('built from the schema is accepted, and every step of every route, the partner list and the summary render', () => {
    fc.assert(
      fc.property(validRouteMap, (routeMap) => {
        const result = validateRouteMap(routeMap, { now });
        expect(result.ok ? [] : result.problems).toEqual([]);
        renderEverything(routeMap);
      }),
      { seed: SEED, numRuns: RUNS.valid },
    );
  });

  it('made from the real file by renaming keys, pointing at inherited keys or putting odd values anywhere never makes the validator throw, and renders whenever accepted', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedRouteMap, (file) => {
        const result = validateRouteMap(file, { now });
        if (result.ok) {
          accepted++;
          renderEverything(result.routeMap);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
        }
      }),
      { seed: SEED, numRuns: RUNS.mutated },
    );
    console.info(`fast-check: ${accepted} of ${RUNS.mutated} mutated files were still valid and rendered`);
    // The mutations must mostly break the file, or they test nothing.
    expect(accepted).toBeLessThan(RUNS.mutated / 2);
  });

  it('decideUpdate never throws on any text: arbitrary JSON, arbitrary strings or mutated files', () => {
    const texts = fc.oneof(
      fc.json({ maxDepth: 20 }),
      fc.string(),
      mutatedRouteMap.map((file) => JSON.stringify(file) ?? ''),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const decision = decideUpdate(current, text, now);
        expect(typeof decision.accept).toBe('boolean');
        if (decision.accept) renderEverything(decision.routeMap);
      }),
      { seed: SEED, numRuns: RUNS.text },
    );
  });
});
