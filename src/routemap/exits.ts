/**
 * Where a step's answers lead: a question's Ja and Nee, each option of a choice, an outcome's way
 * on. The one rule for the validator, the walk, the numbering and the drawing, the editor's
 * structure work and its words, and the list of changes. Pure.
 *
 * It takes any value, as the validator walks a file before it knows its shape: only a step's own
 * fields count, so an id like `constructor` is an id like any other and nothing is found on a prototype.
 */
import type { Step } from './types';

/** "yes" or "no" for a question, the option's index for a choice, "next" for an outcome. */
export type ExitAnswer = 'yes' | 'no' | 'next' | number;

export interface Exit<Target = string> {
  answer: ExitAnswer;
  /** The step it leads to, as the step names it (unchecked, for a value that is not yet a checked step). */
  target: Target;
  /** The field that names it, from the step: `yes`, `options[1].next`. */
  field: string;
}

function ownField(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

export function exitsOf(step: Step): Exit[];
export function exitsOf(step: unknown): Array<Exit<unknown>>;
export function exitsOf(step: unknown): Array<Exit<unknown>> {
  switch (ownField(step, 'type')) {
    case 'question':
      return [
        { answer: 'yes', target: ownField(step, 'yes'), field: 'yes' },
        { answer: 'no', target: ownField(step, 'no'), field: 'no' },
      ];
    case 'choice': {
      const options = ownField(step, 'options');
      if (!Array.isArray(options)) return [];
      return options.map((option, i) => ({ answer: i, target: ownField(option, 'next'), field: `options[${i}].next` }));
    }
    case 'outcome':
      return [{ answer: 'next', target: ownField(step, 'next'), field: 'next' }];
    default:
      return [];
  }
}

/**
 * Where the route goes on past a step when nobody answers Ja: a question's Nee, a choice's first
 * option, an outcome's way on. A removed step's place goes there; undefined for the end.
 */
export function onwardOf(step: Step): string | undefined {
  const exits = exitsOf(step);
  return (exits.find((exit) => exit.answer === 'no') ?? exits[0])?.target;
}
