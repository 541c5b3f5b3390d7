/**
 * How `npm run lighthouse` judges the app: against its floor (the same page without its scripts)
 * measured in the same run, never against a fixed time, so the verdict does not depend on how fast
 * the machine that runs it is. Pure, so the rules are tested (scripts/lighthouse-gate.test.ts).
 */

/** Scores that are the result of checks, not of timing: held at 100 on any machine. */
export const FULL_SCORES = ['accessibility', 'best-practices', 'seo'];

/**
 * The gate (exit 1), per language, as measured on this project's CI machine (2 shared cores).
 * Paint: FCP and LCP at most 1.6× the floor's. Since the app starts after the first paint, their
 * medians are 0.82–1.19× at 4× and 8× CPU; the floor's own simulated LCP varies by 1.4× between
 * identical runs (757–1053 ms), which the margin absorbs.
 * Blocking: TBT at most 150 ms of the test machine's own time over the floor's, i.e. 600 ms at the
 * default 4× (scaled with LIGHTHOUSE_CPU); the app's medians were 73–269 ms over at 4× (the English
 * first visit the most; single runs up to 471 ms) and 500–777 ms over at 8× (limit 1,200) in three
 * clean clones, and a 200 ms start task adds 750 ms at 4× and about 2,000 ms at 8×. On this
 * machine the app's start tasks take two to four times their CPU time in wall time (the browser,
 * its network service and Lighthouse share two cores), and Lighthouse counts wall time: the
 * targets below are not met, and a gate at them would fail every run (see README, issue #31).
 */
export const GATE = { paintRatio: 1.6, tbtOverFloorMsPerCpu: 150 };

/** The targets (reported): the start at the floor. */
export const TARGET = { performanceBelowFloor: 0, tbtOverFloorMs: 25, paintRatio: 1.15 };

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Medians of a page's runs: each run has scores by category, and fcp, lcp, tbt, cls in ms. */
export function mediansOf(runs) {
  const categories = Object.keys(runs[0].scores);
  return {
    scores: Object.fromEntries(categories.map((category) => [category, median(runs.map((run) => run.scores[category]))])),
    fcp: median(runs.map((run) => run.fcp)),
    lcp: median(runs.map((run) => run.lcp)),
    tbt: median(runs.map((run) => run.tbt)),
    cls: median(runs.map((run) => run.cls)),
  };
}

/** Each check of the app's medians against the floor's (at `cpu`× simulated slowdown): what, the value, the limit, passed. */
export function judge(app, floor, cpu = 4) {
  const tbtLimit = floor.tbt + GATE.tbtOverFloorMsPerCpu * cpu;
  const gates = [
    ...FULL_SCORES.map((category) => ({ what: category, value: app.scores[category], limit: 100, ok: app.scores[category] >= 100 })),
    { what: 'TBT', value: app.tbt, limit: tbtLimit, ok: app.tbt <= tbtLimit },
    { what: 'FCP ratio', value: app.fcp / floor.fcp, limit: GATE.paintRatio, ok: app.fcp / floor.fcp <= GATE.paintRatio },
    { what: 'LCP ratio', value: app.lcp / floor.lcp, limit: GATE.paintRatio, ok: app.lcp / floor.lcp <= GATE.paintRatio },
  ];
  const targets = [
    {
      what: 'performance',
      value: app.scores.performance,
      limit: floor.scores.performance - TARGET.performanceBelowFloor,
      ok: app.scores.performance >= floor.scores.performance,
    },
    { what: 'TBT', value: app.tbt, limit: floor.tbt + TARGET.tbtOverFloorMs, ok: app.tbt <= floor.tbt + TARGET.tbtOverFloorMs },
    { what: 'FCP ratio', value: app.fcp / floor.fcp, limit: TARGET.paintRatio, ok: app.fcp / floor.fcp <= TARGET.paintRatio },
    { what: 'LCP ratio', value: app.lcp / floor.lcp, limit: TARGET.paintRatio, ok: app.lcp / floor.lcp <= TARGET.paintRatio },
  ];
  return { gates, targets, pass: gates.every((gate) => gate.ok) };
}
