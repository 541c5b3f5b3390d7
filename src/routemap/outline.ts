/**
 * A route laid out as the paper map lays it out, for the print view: its questions numbered (the
 * "no" column first, then any question reached another way), and for each answer where it leads.
 * Works for any route the validator accepts, not only Den Haag's shape. Pure.
 */
import type { Question, Route, Text } from './types';
import { questionsInOrder } from './walk';

export type Destination =
  | { type: 'question'; number: number }
  /** `then`: where the route goes after the partners, when that is not simply on to the next answer's place. */
  | { type: 'outcome'; id: string; partners: string[]; then?: Destination }
  | { type: 'choice'; id: string; text: Text; options: Array<{ label: Text; to: Destination }> }
  | { type: 'end' };

export interface OutlinedQuestion {
  /** The step's id, for a drawing that marks the step being edited. */
  id: string;
  number: number;
  text: Text;
  tip?: Text;
  yes: Destination;
  no: Destination;
  /** "No" goes on to the question numbered next. */
  noGoesOn: boolean;
}

/** Every question reachable from the start: the map's order first, then the rest as they are met. */
function numberedQuestions(route: Route): string[] {
  const order = questionsInOrder(route);
  const seen = new Set<string>();
  const queue = [route.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const step = route.steps[id];
    if (seen.has(id) || !step) continue;
    seen.add(id);
    if (step.type === 'question') {
      if (!order.includes(id)) order.push(id);
      queue.push(step.yes, step.no);
    } else if (step.type === 'choice') queue.push(...step.options.map((option) => option.next));
    else if (step.type === 'outcome') queue.push(step.next);
  }
  return order;
}

export interface Outline {
  /** Where the route begins, when that is not a question (a valid map may start with a choice). */
  start?: Destination;
  questions: OutlinedQuestion[];
  /** The route's closing tips, each once. */
  tips: Text[];
}

export function outlineRoute(route: Route): Outline {
  const order = numberedQuestions(route);
  const steps = Object.keys(route.steps).length;

  // `goesOn`: where the route continues anyway, so an outcome leading there need not say so.
  const destination = (id: string, goesOn: string, depth = 0): Destination => {
    const step = route.steps[id];
    // The validator refuses loops; the depth guard keeps a print from hanging on one regardless.
    if (step.type === 'question' || depth > steps) return { type: 'question', number: order.indexOf(id) + 1 };
    if (step.type === 'outcome') {
      return step.next === goesOn
        ? { type: 'outcome', id, partners: step.partners }
        : { type: 'outcome', id, partners: step.partners, then: destination(step.next, goesOn, depth + 1) };
    }
    if (step.type === 'choice') {
      const options = step.options.map((option) => ({ label: option.label, to: destination(option.next, goesOn, depth + 1) }));
      return { type: 'choice', id, text: step.text, options };
    }
    return { type: 'end' };
  };

  const tips: Text[] = [];
  for (const step of Object.values(route.steps)) {
    if (step.type === 'end' && step.tip && !tips.some((tip) => tip.nl === step.tip!.nl)) tips.push(step.tip);
  }
  const questions = order.map((id, index): OutlinedQuestion => {
    const question = route.steps[id] as Question;
    return {
      id,
      number: index + 1,
      text: question.text,
      // The map prints its tip once; the same tip at the end is printed there.
      tip: question.tip && !tips.some((tip) => tip.nl === question.tip!.nl) ? question.tip : undefined,
      yes: destination(question.yes, question.no),
      no: destination(question.no, question.no),
      noGoesOn: order[index + 1] === question.no,
    };
  });
  const first = route.steps[route.start];
  return { start: first.type === 'question' ? undefined : destination(route.start, ''), questions, tips };
}
