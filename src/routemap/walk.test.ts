import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap, Route } from './types';
import { nextStepId, partnersOfRoute, partnersOfWalk, type Answer } from './walk';

const routeMap = shipped as RouteMap;
const persoon = routeMap.routes.persoon;
const locatie = routeMap.routes.locatie;

/** Follows answers from the start; outcomes are passed by "volgende vraag". Returns the walk's steps. */
function walk(route: Route, answers: Answer[]): string[] {
  const trail = [route.start];
  const queue = [...answers];
  for (;;) {
    const step = route.steps[trail[trail.length - 1]];
    if (step.type === 'end') return trail;
    const answer = step.type === 'outcome' ? 'yes' : queue.shift();
    if (answer === undefined) throw new Error(`ran out of answers at ${trail[trail.length - 1]}`);
    const next = nextStepId(step, answer);
    if (next === undefined) throw new Error(`answer ${answer} leads nowhere`);
    trail.push(next);
  }
}

/** Every walk from start to end, with the answers that lead there. */
function allWalks(route: Route): Array<{ answers: Answer[]; trail: string[] }> {
  const walks: Array<{ answers: Answer[]; trail: string[] }> = [];
  const visit = (id: string, answers: Answer[], trail: string[]): void => {
    const step = route.steps[id];
    if (step.type === 'end') {
      walks.push({ answers, trail });
      return;
    }
    if (step.type === 'outcome') {
      visit(step.next, answers, [...trail, step.next]);
      return;
    }
    const choices: Answer[] = step.type === 'question' ? ['yes', 'no'] : step.options.map((_, i) => i);
    for (const answer of choices) {
      const next = nextStepId(step, answer)!;
      visit(next, [...answers, answer], [...trail, next]);
    }
  };
  visit(route.start, [], [route.start]);
  return walks;
}

describe('the person route', () => {
  it('leads "Ja" on each question to the partners the map names', () => {
    expect(partnersOfWalk(persoon, walk(persoon, ['yes', 'no', 'no', 'no']))).toEqual(['112']);
    expect(partnersOfWalk(persoon, walk(persoon, ['no', 'yes', 0, 'no', 'no']))).toEqual(['nla']);
    expect(partnersOfWalk(persoon, walk(persoon, ['no', 'yes', 1, 'no', 'no']))).toEqual(['avim']);
    expect(partnersOfWalk(persoon, walk(persoon, ['no', 'yes', 2, 'no', 'no']))).toEqual(['nla', 'avim']);
    expect(partnersOfWalk(persoon, walk(persoon, ['no', 'no', 'yes', 'no']))).toEqual(['shop']);
    expect(partnersOfWalk(persoon, walk(persoon, ['no', 'no', 'no', 'yes']))).toEqual(['zvh-haaglanden', 'zvh-hollands-midden']);
  });

  it('gathers every partner when every answer is "Ja", and none when every answer is "Nee"', () => {
    expect(partnersOfWalk(persoon, walk(persoon, ['yes', 'yes', 2, 'yes', 'yes']))).toEqual(['112', 'nla', 'avim', 'shop', 'zvh-haaglanden', 'zvh-hollands-midden']);
    expect(partnersOfWalk(persoon, walk(persoon, ['no', 'no', 'no', 'no']))).toEqual([]);
  });
});

describe('the location route', () => {
  it('leads "Ja" on each question to the partner the map names', () => {
    expect(partnersOfWalk(locatie, walk(locatie, ['yes', 'no', 'no', 'no', 'no']))).toEqual(['112']);
    expect(partnersOfWalk(locatie, walk(locatie, ['no', 'yes', 'no', 'no', 'no']))).toEqual(['heit-prostitutie']);
    expect(partnersOfWalk(locatie, walk(locatie, ['no', 'no', 'yes', 'no', 'no']))).toEqual(['nla']);
    expect(partnersOfWalk(locatie, walk(locatie, ['no', 'no', 'no', 'yes', 'no']))).toEqual(['heit-malafide']);
    expect(partnersOfWalk(locatie, walk(locatie, ['no', 'no', 'no', 'no', 'yes']))).toEqual(['riec']);
  });

  it("ends with the map's tip about the signalenoverleg", () => {
    const end = locatie.steps[walk(locatie, ['no', 'no', 'no', 'no', 'no']).at(-1)!];
    expect(end).toMatchObject({ type: 'end', tip: { nl: expect.stringContaining('signalenoverleg') } });
  });
});

describe('every walk through both routes', () => {
  it.each([
    ['persoon', persoon, 2 * 4 * 2 * 2],
    ['locatie', locatie, 2 ** 5],
  ] as const)('of the %s route ends, and each partner it reaches is one a "Ja" answer asked for', (_, route, count) => {
    const walks = allWalks(route);
    expect(walks).toHaveLength(count);
    for (const { trail } of walks) {
      expect(route.steps[trail.at(-1)!].type).toBe('end');
      for (const partner of partnersOfWalk(route, trail)) expect(routeMap.partners[partner]).toBeDefined();
    }
    expect(new Set(walks.flatMap(({ trail }) => partnersOfWalk(route, trail)))).toEqual(new Set(partnersOfRoute(route)));
  });
});
