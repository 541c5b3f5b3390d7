import { describe, expect, it } from 'vitest';
import { exitsOf, onwardOf } from './exits';
import type { Step } from './types';

const text = { nl: 'x', en: 'x' };

describe("where a step's answers lead", () => {
  it('is Ja and Nee for a question, each option for a choice, the way on for an outcome, nothing for the end', () => {
    expect(exitsOf({ type: 'question', text, yes: 'a', no: 'b' })).toEqual([
      { answer: 'yes', target: 'a', field: 'yes' },
      { answer: 'no', target: 'b', field: 'no' },
    ]);
    expect(
      exitsOf({
        type: 'choice',
        text,
        options: [
          { label: text, next: 'a' },
          { label: text, next: 'b' },
        ],
      }),
    ).toEqual([
      { answer: 0, target: 'a', field: 'options[0].next' },
      { answer: 1, target: 'b', field: 'options[1].next' },
    ]);
    expect(exitsOf({ type: 'outcome', partners: ['shop'], next: 'c' })).toEqual([{ answer: 'next', target: 'c', field: 'next' }]);
    expect(exitsOf({ type: 'end' })).toEqual([]);
  });

  it("reads only a value's own fields, so an unchecked file cannot lead through a prototype", () => {
    const inherited = Object.create({ type: 'question', yes: 'a', no: 'b' }) as unknown;
    expect(exitsOf(inherited)).toEqual([]);
    expect(exitsOf({ type: 'question' })).toEqual([
      { answer: 'yes', target: undefined, field: 'yes' },
      { answer: 'no', target: undefined, field: 'no' },
    ]);
    expect(exitsOf({ type: 'choice', options: [null, ['next'], { next: 'constructor' }] }).map((exit) => exit.target)).toEqual([undefined, undefined, 'constructor']);
    expect(exitsOf({ type: 'choice', options: 'x' })).toEqual([]);
    for (const odd of [null, 'question', 3, [], { type: 'toString' }]) expect(exitsOf(odd)).toEqual([]);
  });

  it("goes on, past a removed step, to a question's Nee, a choice's first option or an outcome's way on", () => {
    const steps: Step[] = [
      { type: 'question', text, yes: 'a', no: 'b' },
      {
        type: 'choice',
        text,
        options: [
          { label: text, next: 'c' },
          { label: text, next: 'd' },
        ],
      },
      { type: 'outcome', partners: [], next: 'e' },
      { type: 'end' },
    ];
    expect(steps.map(onwardOf)).toEqual(['b', 'c', 'e', undefined]);
  });
});
