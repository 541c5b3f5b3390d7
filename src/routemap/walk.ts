/** Stepping through a route: pure functions over the graph, shared by the screens and the tests. */
import { exitsOf } from './exits';
import { own } from './own';
import type { Route, Step } from './types';

/** "yes" or "no" for a question, the option's index for a choice. */
export type Answer = 'yes' | 'no' | number;

export function nextStepId(step: Step, answer: Answer): string | undefined {
  const exits = exitsOf(step);
  // An outcome has one way on, whatever "answer" passes it.
  if (step.type === 'outcome') return exits[0].target;
  return exits.find((exit) => exit.answer === answer)?.target;
}

/** The partners named by the outcomes of a walk, each once, in the order they were reached. */
export function partnersOfWalk(route: Route, trail: string[]): string[] {
  const partners: string[] = [];
  // The trail comes from the tab's history, and may name steps an updated map no longer has.
  for (const id of trail) {
    const step = own(route.steps, id);
    if (step?.type !== 'outcome') continue;
    for (const partner of step.partners) if (!partners.includes(partner)) partners.push(partner);
  }
  return partners;
}

/** Every partner any outcome of the route names, in the map's order. */
export function partnersOfRoute(route: Route): string[] {
  return partnersOfWalk(route, Object.keys(route.steps));
}
