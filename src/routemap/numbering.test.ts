import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { Route, RouteMap, Step } from './types';
import { numberingOf, questionName } from './numbering';

const routeMap = shipped as RouteMap;
const text = (nl: string) => ({ nl, en: nl });
const question = (yes: string, no: string): Step => ({ type: 'question', text: text(`${yes}/${no}?`), yes, no });
const route = (start: string, steps: Record<string, Step>): Route => ({ title: text('Test'), when: text('Test'), start, steps });

describe('what a question is called', () => {
  it("is the paper map's number for each question of the Nee column: the person route's four, the location route's five", () => {
    expect(numberingOf(routeMap.routes.persoon)).toMatchObject({ questions: ['acuut', 'aangifte', 'ondersteuning', 'zorgen'], total: 4 });
    expect(['acuut', 'aangifte', 'ondersteuning', 'zorgen'].map((id) => questionName(routeMap.routes.persoon, id))).toEqual(['1', '2', '3', '4']);
    expect(numberingOf(routeMap.routes.locatie).total).toBe(5);
  });

  it('gives a choice and its outcomes the name of the question whose answer leads there, and the end none', () => {
    const persoon = routeMap.routes.persoon;
    expect(questionName(persoon, 'aangifte-vorm')).toBe('2');
    expect(questionName(persoon, 'aangifte-beide')).toBe('2');
    expect(questionName(persoon, 'zorgen-zvh')).toBe('4');
    expect(questionName(persoon, 'einde')).toBeUndefined();
  });

  it('names a question only a Ja leads to after that question, with a letter: under 2 come 2a, 2b …, Ja before Nee', () => {
    const steps: Record<string, Step> = {
      een: question('partners', 'twee'),
      partners: { type: 'outcome', partners: ['shop'], next: 'twee' },
      twee: question('onder', 'drie'),
      // Under question 2's Ja: its own Ja (2b) is read before its Nee (2c).
      onder: question('dieper', 'ernaast'),
      dieper: question('drie', 'drie'),
      ernaast: question('drie', 'einde'),
      drie: question('einde', 'einde'),
      einde: { type: 'end' },
    };
    const numbering = numberingOf(route('een', steps));
    expect(Object.fromEntries(numbering.names)).toEqual({ een: '1', partners: '1', twee: '2', onder: '2a', dieper: '2b', ernaast: '2c', drie: '3' });
    expect(numbering.questions).toEqual(['een', 'twee', 'onder', 'dieper', 'ernaast', 'drie']);
    expect(numbering.total).toBe(3);
  });

  it('numbers every question met without a Ja, through partners and every option of a choice', () => {
    const steps: Record<string, Step> = {
      keuze: {
        type: 'choice',
        text: text('Welke?'),
        options: [
          { label: text('A'), next: 'a' },
          { label: text('B'), next: 'partners' },
        ],
      },
      a: question('b', 'einde'),
      partners: { type: 'outcome', partners: ['shop'], next: 'c' },
      b: question('einde', 'einde'),
      c: question('einde', 'einde'),
      einde: { type: 'end' },
    };
    const numbering = numberingOf(route('keuze', steps));
    // The choice before any question belongs to none.
    expect(Object.fromEntries(numbering.names)).toEqual({ a: '1', b: '1a', c: '2' });
    expect(numbering.total).toBe(2);
  });

  it('goes on past a–z with aa, ab …', () => {
    const steps: Record<string, Step> = { start: question('q0', 'einde'), einde: { type: 'end' } };
    for (let i = 0; i < 28; i++) steps[`q${i}`] = question(i < 27 ? `q${i + 1}` : 'einde', 'einde');
    const names = numberingOf(route('start', steps)).names;
    expect([names.get('q0'), names.get('q25'), names.get('q26'), names.get('q27')]).toEqual(['1a', '1z', '1aa', '1ab']);
  });

  it('leaves out what a draft cannot reach or leads nowhere to, and stops at a loop', () => {
    const steps: Record<string, Step> = {
      constructor: question('rond', 'nergens'),
      rond: question('constructor', 'einde'),
      apart: question('einde', 'einde'),
      einde: { type: 'end' },
    };
    const numbering = numberingOf(route('constructor', steps));
    expect(Object.fromEntries(numbering.names)).toEqual({ constructor: '1', rond: '1a' });
    expect(questionName(route('constructor', steps), 'toString')).toBeUndefined();
  });
});
