/**
 * One name for each question, wherever it is named: for any route map, the step screen, the way
 * on and the drawing (De hele routekaart, print) call every question the same, and so do the
 * editor's label, its diagram and its words for a field. Property test with a fixed seed (printed;
 * replay a failure with FC_SEED=…).
 */
import fc from 'fast-check';
import i18next from 'i18next';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import beheer from '../../locales/beheer.nl.json';
import { loadTexts } from '../i18n/i18n';
import { findStep } from '../routemap/find-step';
import type { Route, RouteMap } from '../routemap/types';
import { SEED, validRouteMap } from '../test/route-map-arbitraries';
import type { MunicipalityChoice } from './parts/municipality-choice';

let ui: {
  StepScreen: typeof import('./screens/step/step-screen').StepScreen;
  RouteDrawing: typeof import('./parts/route-drawing').RouteDrawing;
  RoutesForm: typeof import('../editor/map-forms').RoutesForm;
  RouteDiagram: typeof import('../editor/route-diagram').RouteDiagram;
  describePath: typeof import('../editor/describe').describePath;
};

beforeAll(async () => {
  await loadTexts();
  i18next.addResourceBundle('nl', 'beheer', beheer, true, true);
  ui = {
    ...(await import('./screens/step/step-screen')),
    ...(await import('./parts/route-drawing')),
    ...(await import('../editor/map-forms')),
    ...(await import('../editor/route-diagram')),
    ...(await import('../editor/describe')),
  };
  console.info(`fast-check seed ${SEED}: question names`);
});

const NONE_CHOSEN: MunicipalityChoice = { name: undefined, region: undefined, choose: async () => undefined };
const questionsOf = (route: Route) => Object.keys(route.steps).filter((id) => route.steps[id].type === 'question');

/** "Vraag 2a van 4" above a step's screen: the name and the count, or undefined. */
function onStepScreen(routeMap: RouteMap, routeId: string, stepId: string): { name: string; total: string } | undefined {
  const html = renderToString(<ui.StepScreen routeMap={routeMap} at={findStep(routeMap, routeId, stepId)!} trail={[stepId]} municipality={NONE_CHOSEN} />);
  const found = /<p class="progress">.*? · Vraag (\S+) van (\d+)<\/span><\/p>/.exec(html);
  return found ? { name: found[1], total: found[2] } : undefined;
}

/** "Volgende vraag (2a van 4)" on the way on of an outcome, or undefined when it says otherwise. */
function onWayOn(routeMap: RouteMap, routeId: string, stepId: string): { name: string; total: string } | undefined {
  const html = renderToString(<ui.StepScreen routeMap={routeMap} at={findStep(routeMap, routeId, stepId)!} trail={[stepId]} municipality={NONE_CHOSEN} />);
  const found = /<div class="way-on"><button[^>]*>Volgende vraag \((\S+) van (\d+)\)<\/button>/.exec(html);
  return found ? { name: found[1], total: found[2] } : undefined;
}

/** The name on the marked question's box in a drawing. */
function markedBox(html: string): string | undefined {
  return /<div class="map-box map-box--question" data-highlight(?:="")?><h3><span class="map-number">Vraag ([^<]+)<\/span>/.exec(html)?.[1];
}

/** Every question name the drawing's arrows point to ("naar vraag 2a") and puts on a box. */
function drawnNames(html: string): { boxes: string[]; arrows: string[] } {
  return {
    boxes: [...html.matchAll(/<span class="map-number">Vraag ([^<]+)<\/span>/g)].map((match) => match[1]),
    arrows: [...html.matchAll(/naar vraag ([^<\s]+)/g)].map((match) => match[1]),
  };
}

/** The label of a question's text in the editor's form of its route. */
function editorLabel(html: string, routeId: string, stepId: string): string | undefined {
  const form = html.split('<details class="editor-partner" data-route=').find((part) => part.startsWith(`"${routeId}"`));
  return new RegExp(`data-step="${stepId}"[^>]*><fieldset class="text-fields"><legend class="field__label">Vraag ([^<]+)</legend>`).exec(form ?? '')?.[1];
}

describe('a question', { timeout: 120_000 }, () => {
  it("has one name on its step screen, on the way on to it, in the drawing, and in the editor's label, diagram and words", () => {
    fc.assert(
      fc.property(validRouteMap, (routeMap) => {
        const form = { draft: routeMap, problems: [], set: () => undefined, replace: () => undefined };
        const editor = renderToString(<ui.RoutesForm form={form} />);
        for (const [routeId, route] of Object.entries(routeMap.routes)) {
          const names = new Map(questionsOf(route).map((id) => [id, onStepScreen(routeMap, routeId, id)]));
          const drawing = renderToString(<ui.RouteDrawing routeMap={routeMap} id={routeId} route={route} contacts="text" municipality={undefined} />);
          const drawn = drawnNames(drawing);
          // Every question reachable has a name, one count per route, and the drawing draws each once.
          expect([...names.values()].every((name) => name !== undefined)).toBe(true);
          expect(new Set([...names.values()].map((name) => name?.total)).size).toBeLessThanOrEqual(1);
          expect(drawn.boxes.toSorted()).toEqual([...names.values()].map((name) => name!.name).toSorted());
          for (const arrow of drawn.arrows) expect(drawn.boxes).toContain(arrow);

          for (const [id, name] of names) {
            const marked = renderToString(<ui.RouteDrawing routeMap={routeMap} id={routeId} route={route} contacts="text" municipality={undefined} highlight={id} />);
            expect(markedBox(marked), `the drawing's box of ${routeId}/${id}`).toBe(name!.name);
            const diagram = renderToString(<ui.RouteDiagram draft={routeMap} editing={{ routeId, stepId: id }} onRoute={() => undefined} />);
            expect(markedBox(diagram), `the editor's diagram of ${routeId}/${id}`).toBe(name!.name);
            expect(editorLabel(editor, routeId, id), `the editor's label of ${routeId}/${id}`).toBe(name!.name);
            expect(ui.describePath(routeMap, `routes.${routeId}.steps.${id}.text.nl`)).toContain(` — Vraag ${name!.name} (`);
          }
          for (const [id, step] of Object.entries(route.steps)) {
            if (step.type !== 'outcome') continue;
            const wayOn = onWayOn(routeMap, routeId, id);
            if (route.steps[step.next].type === 'question') expect(wayOn, `the way on from ${routeId}/${id}`).toEqual(names.get(step.next));
            else expect(wayOn).toBeUndefined();
          }
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
