/** Stepping through a route: pure functions over the graph, shared by the screens and the tests. */
import { own } from './own';
import type { Route, Step } from './types';

/** "yes" or "no" for a question, the option's index for a choice. */
export type Answer = 'yes' | 'no' | number;

export function nextStepId(step: Step, answer: Answer): string | undefined {
  if (step.type === 'question') {
    if (answer === 'yes') return step.yes;
    if (answer === 'no') return step.no;
    return undefined;
  }
  if (step.type === 'choice') return typeof answer === 'number' ? step.options[answer]?.next : undefined;
  if (step.type === 'outcome') return step.next;
  return undefined;
}

/** The route's questions in the map's order: from the start, always answering "no". */
export function questionsInOrder(route: Route): string[] {
  const order: string[] = [];
  let id: string | undefined = route.start;
  while (id !== undefined && route.steps[id]?.type === 'question' && !order.includes(id)) {
    order.push(id);
    const step = route.steps[id] as Extract<Step, { type: 'question' }>;
    id = step.no;
  }
  return order;
}

/**
 * The number of the map question a step belongs to (1-based), or undefined for the end.
 * A choice or outcome belongs to the question whose answer leads to it.
 */
export function questionNumber(route: Route, stepId: string): number | undefined {
  const order = questionsInOrder(route);
  let id = stepId;
  for (let hops = 0; hops < Object.keys(route.steps).length; hops++) {
    const index = order.indexOf(id);
    if (index >= 0) return index + 1;
    const parent = Object.entries(route.steps).find(
      ([, step]) =>
        (step.type === 'question' && step.yes === id) ||
        (step.type === 'choice' && step.options.some((option) => option.next === id)),
    );
    if (!parent) return undefined;
    id = parent[0];
  }
  return undefined;
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
