/**
 * `npm run lighthouse`: Lighthouse 12 (mobile, simulated throttling) on the production build in
 * Debian's Chromium, beside its floor: the same home page with its scripts removed. Five runs
 * each, interleaved, so both meet the same machine; per run and as medians: score, FCP, LCP, TBT,
 * CLS, and the app's ratios to the floor.
 *
 * Gates (exit 1): accessibility, best practices and SEO at 100; performance median at least 98
 * and median TBT at most 50 ms: both held still across runs on this shared 2-core machine (100
 * and 0–13 ms). Not gated: FCP and LCP against the floor, reported as ratios: the floor's own
 * simulated LCP took 751, 902 or 1053 ms in identical runs, so one ratio of medians says little.
 * Needs a build (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startFloorPreview } from './floor-page.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GATES = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const TBT_GATE_MS = 50;
const PAINT_TARGET = 1.15;

const chrome = findChromium();
if (!chrome) {
  console.error('No Chromium found: run `node scripts/ensure-test-tools.mjs` or set CHROME_PATH.');
  process.exit(1);
}

function lighthouse(url) {
  const output = execFileSync(
    'npx',
    [
      'lighthouse',
      url,
      '--form-factor=mobile',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      // The app's users are Dutch municipal workers: measure with a Dutch browser, as they have.
      // On Linux, Chromium takes its languages from --accept-lang and the environment, not --lang.
      `--chrome-flags=--headless=new --lang=nl-NL --accept-lang=nl-NL,nl ${CHROMIUM_ARGS.join(' ')}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: chrome, LANGUAGE: 'nl_NL', LC_ALL: 'nl_NL.UTF-8' },
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    },
  );
  const report = JSON.parse(output);
  const value = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round(report.categories[category].score * 100)])),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    failing: Object.entries(report.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map(([id]) => id),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`.padStart(7);
const describe = (run) =>
  `performance ${String(run.scores.performance).padStart(3)}  FCP ${ms(run.fcp)}  LCP ${ms(run.lcp)}  TBT ${ms(run.tbt)}  CLS ${run.cls.toFixed(3)}`;

const preview = await startFloorPreview(4180);
const runs = { app: [], floor: [] };
try {
  for (let run = 1; run <= RUNS; run++) {
    runs.app.push(lighthouse(`${preview.url}/`));
    runs.floor.push(lighthouse(`${preview.url}${preview.floorPath}`));
    console.log(`run ${run}  app:   ${describe(runs.app.at(-1))}`);
    console.log(`       floor: ${describe(runs.floor.at(-1))}`);
  }
} finally {
  preview.stop();
}

const medians = (list) => ({
  scores: Object.fromEntries(CATEGORIES.map((category) => [category, median(list.map((run) => run.scores[category]))])),
  fcp: median(list.map((run) => run.fcp)),
  lcp: median(list.map((run) => run.lcp)),
  tbt: median(list.map((run) => run.tbt)),
  cls: median(list.map((run) => run.cls)),
});
const app = medians(runs.app);
const floor = medians(runs.floor);
console.log(`\nMedians of ${RUNS} (mobile, Dutch):`);
console.log(`  app:   ${describe(app)}`);
console.log(`  floor: ${describe(floor)}`);
console.log(
  `  app/floor: FCP ${(app.fcp / floor.fcp).toFixed(2)}×, LCP ${(app.lcp / floor.lcp).toFixed(2)}× (target ${PAINT_TARGET}×, reported)`,
);
for (const id of new Set(runs.app.flatMap((run) => run.failing))) console.log(`  failing audit in the app: ${id}`);

let pass = true;
console.log('\nGates (app medians):');
for (const [category, gate] of Object.entries(GATES)) {
  const ok = app.scores[category] >= gate;
  pass &&= ok;
  console.log(`  ${category.padEnd(15)} ${String(app.scores[category]).padStart(3)}  (gate ${gate}: ${ok ? 'ok' : 'BELOW'})`);
}
const tbtOk = app.tbt <= TBT_GATE_MS;
pass &&= tbtOk;
console.log(`  ${'TBT'.padEnd(15)} ${ms(app.tbt)}  (gate ${TBT_GATE_MS} ms: ${tbtOk ? 'ok' : 'OVER'})`);
if (!pass) {
  console.error('\nLighthouse gate not met.');
  process.exitCode = 1;
}
