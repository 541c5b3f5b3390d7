/**
 * A route laid out as the paper map lays it out, for the drawing (De hele routekaart, print, the
 * editor's diagram): its questions in the map's order and named as everywhere else
 * (./numbering.ts), and for each answer where it leads. Works for any route the validator
 * accepts, not only Den Haag's shape. Pure.
 */
import { exitsOf } from './exits';
import { numberingOf } from './numbering';
import { own } from './own';
import type { Question, Route, Text } from './types';

export type Destination =
  | { type: 'question'; name: string }
  /** `after`: where the route goes after the partners, when that is not simply on to the next answer's place. */
  | { type: 'outcome'; id: string; partners: string[]; after?: Destination }
  | { type: 'choice'; id: string; text: Text; options: Array<{ label: Text; to: Destination }> }
  | { type: 'end' };

export interface OutlinedQuestion {
  /** The step's id, for a drawing that marks the step being edited. */
  id: string;
  /** "2", "2a": see ./numbering.ts. */
  name: string;
  text: Text;
  tip?: Text;
  yes: Destination;
  no: Destination;
  /** "No" goes on to the question drawn next. */
  noGoesOn: boolean;
}

export interface Outline {
  /** Where the route begins, when that is not a question (a valid map may start with a choice). */
  start?: Destination;
  questions: OutlinedQuestion[];
  /** The route's closing tips, each once. */
  tips: Text[];
}

export function outlineRoute(route: Route): Outline {
  const { questions: order, names } = numberingOf(route);
  const steps = Object.keys(route.steps).length;

  // `goesOn`: where the route continues anyway, so an outcome leading there need not say so.
  const destination = (id: string, goesOn: string, depth = 0): Destination => {
    const step = own(route.steps, id);
    // A draft in the editor may lead nowhere for a moment: drawn as the end until it is fixed.
    if (!step) return { type: 'end' };
    // The validator refuses loops; the depth guard keeps a print from hanging on one regardless.
    if (step.type === 'question' || depth > steps) return { type: 'question', name: names.get(id) ?? '' };
    if (step.type === 'outcome') {
      return step.next === goesOn
        ? { type: 'outcome', id, partners: step.partners }
        : { type: 'outcome', id, partners: step.partners, after: destination(step.next, goesOn, depth + 1) };
    }
    if (step.type === 'choice') {
      const options = exitsOf(step).map((exit, i) => ({ label: step.options[i].label, to: destination(exit.target, goesOn, depth + 1) }));
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
      name: names.get(id)!,
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
