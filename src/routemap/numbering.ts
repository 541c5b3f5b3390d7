/**
 * What each question of a route is called: one rule for the step screen, the way on, the drawing
 * (De hele routekaart, print, the editor's diagram) and the editor's labels, summaries and
 * problem list. Pure.
 *
 * - The questions a user meets without answering Ja (always Nee, any option of a choice, on past
 *   the partners) are numbered 1, 2, 3 … in the order the map reads: the paper map's Nee column.
 *   Their count is the route's "van 4".
 * - A question only a Ja leads to is named after the numbered question whose Ja that is, with a
 *   letter: under question 2 come 2a, 2b, 2c … in the order the map reads them (Ja before Nee).
 *   A question deeper down, under 2a's own Ja or Nee, takes the next letter of question 2.
 * - A choice or an outcome belongs to the question whose answer leads to it: its screen says that
 *   question's name. The end, and a step the start does not reach, belong to none.
 *
 * Works on a draft being edited too (an answer that leads nowhere, a loop): such steps are skipped.
 */
import { exitsOf } from './exits';
import { own } from './own';
import type { Route, Step } from './types';

export interface Numbering {
  /** The route's questions in the map's order: 1, 1a, 2, 2a, 2b, 3 … */
  questions: string[];
  /** How many questions are numbered: "Vraag 2a van 4". */
  total: number;
  /** A question's name ("2", "2a"); a choice's or outcome's, that of its question. */
  names: ReadonlyMap<string, string>;
}

/** a … z, then aa, ab …: a route may hold up to 200 steps. */
function letters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(97 + ((n - 1) % 26)) + name;
  return name;
}

const numberings = new WeakMap<Route, Numbering>();

/** The names of a route's questions. A route is never changed in place, so each is worked out once. */
export function numberingOf(route: Route): Numbering {
  let numbering = numberings.get(route);
  if (!numbering) {
    numbering = numberRoute(route);
    numberings.set(route, numbering);
  }
  return numbering;
}

function numberRoute(route: Route): Numbering {
  const names = new Map<string, string>();
  const seen = new Set<string>();
  const numbered: string[] = [];
  const lettered = new Map<string, string[]>();
  const stepAt = (id: unknown): Step | undefined => (typeof id === 'string' ? own(route.steps, id) : undefined);

  // Depth-first in the map's reading order; `byJa` says whether a question's Ja is followed too.
  // `above` is the name of the question the walk came from; `name` names a question met here.
  const walk = (id: string, above: string | undefined, byJa: boolean, name: (id: string) => string): void => {
    const step = stepAt(id);
    if (!step || seen.has(id)) return;
    seen.add(id);
    let here = above;
    if (step.type === 'question') {
      here = name(id);
      names.set(id, here);
    } else if (step.type !== 'end' && above !== undefined) names.set(id, above);
    for (const exit of exitsOf(step)) {
      if (byJa || exit.answer !== 'yes') walk(exit.target, here, byJa, name);
    }
  };

  walk(route.start, undefined, false, (id) => {
    numbered.push(id);
    return String(numbered.length);
  });
  for (const id of numbered) {
    const question = stepAt(id);
    const under: string[] = [];
    lettered.set(id, under);
    const number = names.get(id)!;
    if (question?.type === 'question') {
      walk(question.yes, number, true, (letteredId) => {
        under.push(letteredId);
        return `${number}${letters(under.length - 1)}`;
      });
    }
  }
  return { questions: numbered.flatMap((id) => [id, ...lettered.get(id)!]), total: numbered.length, names };
}

/** What a step is called on its screen and in the editor: its own name or its question's; undefined for the end. */
export function questionName(route: Route, stepId: string): string | undefined {
  return numberingOf(route).names.get(stepId);
}
