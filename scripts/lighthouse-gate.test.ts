import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the scripts, no type declarations.
import { judge, mediansOf } from './lighthouse-gate.mjs';

const page = (performance: number, tbt: number, fcp = 700, lcp = 900) => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  fcp,
  lcp,
  tbt,
  cls: 0,
});

describe('the Lighthouse gate', () => {
  it('judges the app against the floor of the same run, on a fast machine and on a slow one', () => {
    expect(judge(page(100, 0), page(100, 0)).pass).toBe(true);
    // As measured on the CI machine at 4×: 170–215 ms over the floor, paint up to 1.47×.
    expect(judge(page(96, 237, 810, 1300), page(100, 22, 700, 900)).pass).toBe(true);
    // A machine three times slower: both pages slower, the same verdict.
    expect(judge(page(80, 900, 2100, 3900), page(94, 330, 2000, 2700)).pass).toBe(true);
  });

  it('fails an app that adds a start task of 200 ms of the test machine (800 ms simulated at 4×)', () => {
    expect(judge(page(80, 22 + 210 + 750), page(100, 22)).pass).toBe(false);
  });

  it('scales the blocking allowed with the simulated slowdown', () => {
    expect(judge(page(90, 700), page(100, 0), 4).pass).toBe(false);
    expect(judge(page(90, 700), page(100, 0), 8).pass).toBe(true);
  });

  it("fails a first paint or largest paint more than 1.6× the floor's, and any accessibility, best-practice or SEO failure", () => {
    expect(judge(page(100, 0, 1130, 900), page(100, 0, 700, 900)).pass).toBe(false);
    expect(judge(page(100, 0, 700, 1450), page(100, 0, 700, 900)).pass).toBe(false);
    expect(judge(page(100, 0, 1100, 1400), page(100, 0, 700, 900)).pass).toBe(true);
    const failing = page(100, 0);
    failing.scores.accessibility = 98;
    expect(judge(failing, page(100, 0)).pass).toBe(false);
  });

  it('reports the targets apart from the gate: the start at the floor', () => {
    const { pass, targets } = judge(page(99, 40, 820, 900), page(100, 0, 700, 900));
    expect(pass).toBe(true);
    expect(Object.fromEntries(targets.map((target: { what: string; ok: boolean }) => [target.what, target.ok]))).toEqual({
      performance: false,
      TBT: false,
      'FCP ratio': false,
      'LCP ratio': true,
    });
  });

  it('takes the median of each figure over the runs', () => {
    const medians = mediansOf([page(90, 300), page(100, 0), page(99, 20)]);
    expect(medians.scores.performance).toBe(99);
    expect(medians.tbt).toBe(20);
  });
});
