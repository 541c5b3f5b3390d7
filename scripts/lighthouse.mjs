/**
 * `npm run lighthouse`: Lighthouse 12 (mobile, simulated throttling) on the production build in
 * Debian's Chromium, beside its floor: the same home page with its scripts removed. A Dutch and an
 * English first visit (an English browser gets the Dutch page, then English over it) and the
 * floor, five runs each (LIGHTHOUSE_RUNS), interleaved, so all meet the same machine; per run and
 * as medians: scores, FCP, LCP, TBT, CLS, and the app's ratios to the floor.
 *
 * The gate (exit 1) is relative to the floor of the same run, or a check's own result, never an
 * absolute time (scripts/lighthouse-gate.mjs): CI runs on whatever machine submits. The targets
 * are reported beside it. LIGHTHOUSE_CPU raises the simulated CPU slowdown (default 4) for both
 * pages, to show the verdict does not depend on the machine's speed; BUILD_DIR measures another
 * build. Needs a build (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startFloorPreview } from './floor-page.mjs';
import { FULL_SCORES, judge, mediansOf } from './lighthouse-gate.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const CPU = process.env.LIGHTHOUSE_CPU ? Number(process.env.LIGHTHOUSE_CPU) : undefined;
const CATEGORIES = ['performance', ...FULL_SCORES];
/**
 * The app's users are Dutch municipal workers: most browsers are Dutch. On Linux, Chromium takes
 * its languages from --accept-lang and the environment, not --lang.
 */
const LANGUAGES = {
  nl: { flags: '--lang=nl-NL --accept-lang=nl-NL,nl', env: { LANGUAGE: 'nl_NL', LC_ALL: 'nl_NL.UTF-8' } },
  en: { flags: '--lang=en-GB --accept-lang=en-GB,en', env: { LANGUAGE: 'en_GB', LC_ALL: 'en_GB.UTF-8' } },
};

const chrome = findChromium();
if (!chrome) {
  console.error('No Chromium found: run `node scripts/ensure-test-tools.mjs` or set CHROME_PATH.');
  process.exit(1);
}

function lighthouse(url, language) {
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
      ...(CPU ? [`--throttling.cpuSlowdownMultiplier=${CPU}`] : []),
      `--chrome-flags=--headless=new ${LANGUAGES[language].flags} ${CHROMIUM_ARGS.join(' ')}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: chrome, ...LANGUAGES[language].env },
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

const ms = (value) => `${Math.round(value)} ms`.padStart(7);
const scoresOf = (run) => `performance ${String(run.scores.performance).padStart(3)}  FCP ${ms(run.fcp)}  LCP ${ms(run.lcp)}  TBT ${ms(run.tbt)}  CLS ${run.cls.toFixed(3)}`;
const shown = (check) => (check.what.includes('ratio') ? `${check.value.toFixed(2)}×` : check.what === 'TBT' ? `${Math.round(check.value)} ms` : String(check.value));
const limit = (check) => (check.what.includes('ratio') ? `${check.limit}×` : check.what === 'TBT' ? `${Math.round(check.limit)} ms` : String(check.limit));

const PAGES = [
  { name: 'app (nl)', path: '/', language: 'nl' },
  { name: 'app (en)', path: '/', language: 'en' },
  { name: 'floor', path: null, language: 'nl' },
];
const preview = await startFloorPreview(4180);
const runs = new Map(PAGES.map((page) => [page, []]));
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const page of PAGES) {
      runs.get(page).push(lighthouse(`${preview.url}${page.path ?? preview.floorPath}`, page.language));
      console.log(`run ${run}  ${page.name.padEnd(9)} ${scoresOf(runs.get(page).at(-1))}`);
    }
  }
} finally {
  preview.stop();
}

const floorPage = PAGES.find((page) => page.path === null);
const floor = mediansOf(runs.get(floorPage));
console.log(`\nMedians of ${RUNS} (mobile, CPU ${CPU ?? 4}× slower, simulated):`);
for (const page of PAGES) console.log(`  ${page.name.padEnd(9)} ${scoresOf(mediansOf(runs.get(page)))}`);

let pass = true;
for (const page of PAGES.filter((one) => one !== floorPage)) {
  const app = mediansOf(runs.get(page));
  const verdict = judge(app, floor, CPU ?? 4);
  pass &&= verdict.pass;
  console.log(`\n${page.name}, against the floor of this run:`);
  console.log(`  app/floor: FCP ${(app.fcp / floor.fcp).toFixed(2)}×, LCP ${(app.lcp / floor.lcp).toFixed(2)}×, TBT ${Math.round(app.tbt - floor.tbt)} ms over the floor's`);
  for (const gate of verdict.gates) console.log(`  gate    ${gate.what.padEnd(15)} ${shown(gate).padStart(7)}  (limit ${limit(gate)}: ${gate.ok ? 'ok' : 'FAILED'})`);
  for (const target of verdict.targets) console.log(`  target  ${target.what.padEnd(15)} ${shown(target).padStart(7)}  (${limit(target)}: ${target.ok ? 'met' : 'not met'})`);
  for (const id of new Set(runs.get(page).flatMap((run) => run.failing))) console.log(`  failing audit: ${id}`);
}
if (!pass) {
  console.error('\nLighthouse gate not met.');
  process.exitCode = 1;
}
