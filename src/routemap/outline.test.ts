import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { Route, RouteMap } from './types';
import { outlineRoute } from './outline';

const text = (nl: string) => ({ nl, en: nl });

describe('a route laid out for print', () => {
  it('is Den Haag\'s column of questions: "Ja" to the partners, "Nee" on to the next', () => {
    const { questions, tips } = outlineRoute((shipped as RouteMap).routes.locatie);
    expect(questions.map((q) => q.name)).toEqual(['1', '2', '3', '4', '5']);
    expect(questions[1].yes).toEqual({ type: 'outcome', id: 'prostitutie-heit', partners: ['heit-prostitutie'] });
    expect(questions.map((q) => q.noGoesOn)).toEqual([true, true, true, true, false]);
    expect(questions[4].no).toEqual({ type: 'end' });
    // The signalenoverleg tip is on a question and at the end: printed once, at the end.
    expect(questions[1].tip).toBeUndefined();
    expect(tips).toHaveLength(1);
  });

  it('draws a question reached by "Ja" right after its question, named as everywhere (1a), and says where an outcome goes on to', () => {
    const route: Route = {
      title: text('Test'),
      when: text('Test'),
      start: 'a',
      steps: {
        a: { type: 'question', text: text('A?'), yes: 'b', no: 'einde' },
        b: { type: 'question', text: text('B?'), yes: 'partner', no: 'einde' },
        partner: { type: 'outcome', partners: ['shop'], next: 'einde' },
        einde: { type: 'end' },
      },
    };
    const { questions } = outlineRoute(route);
    expect(questions.map((q) => q.text.nl)).toEqual(['A?', 'B?']);
    expect(questions.map((q) => q.name)).toEqual(['1', '1a']);
    expect(questions[0].yes).toEqual({ type: 'question', name: '1a' });
    // Nee does not go on to the question drawn next (1a): it says where it leads.
    expect(questions[0].noGoesOn).toBe(false);
    expect(questions[1].yes).toEqual({ type: 'outcome', id: 'partner', partners: ['shop'] });
    expect(questions.map((q) => q.id)).toEqual(['a', 'b']);
  });

  it('starts with a choice where the route does', () => {
    const route: Route = {
      title: text('Test'),
      when: text('Test'),
      start: 'keuze',
      steps: {
        keuze: { type: 'choice', text: text('Welke?'), options: [{ label: text('Een'), next: 'partner' }] },
        partner: { type: 'outcome', partners: ['shop'], next: 'einde' },
        einde: { type: 'end' },
      },
    };
    expect(outlineRoute(route).start).toEqual({
      type: 'choice',
      id: 'keuze',
      text: text('Welke?'),
      options: [{ label: text('Een'), to: { type: 'outcome', id: 'partner', partners: ['shop'], after: { type: 'end' } } }],
    });
  });
});
