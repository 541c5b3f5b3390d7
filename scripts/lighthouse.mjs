/**
 * `npm run lighthouse`: Lighthouse 12 (mobile) on the production build in Debian's Chromium,
 * three runs, the median score per category. Accessibility, best practices and SEO are gates
 * (exit 1 below one). Performance is reported against its target but not gated: its total
 * blocking time is measured in real CPU time, and on a shared 2-core machine the same build
 * scored from 77 to 100. The size budget (`npm run size`) is the deterministic guard of speed.
 * Needs a build (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const RUNS = 3;
const GATES = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 };
const REPORTED_ONLY = ['performance'];

const chrome = findChromium();
if (!chrome) {
  console.error('No Chromium found: run `node scripts/ensure-test-tools.mjs` or set CHROME_PATH.');
  process.exit(1);
}

const preview = await startPreview(4180);
const scores = Object.fromEntries(Object.keys(GATES).map((category) => [category, []]));
try {
  for (let run = 1; run <= RUNS; run++) {
    const output = execFileSync(
      'npx',
      [
        'lighthouse',
        `${preview.url}/`,
        '--form-factor=mobile',
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--only-categories=${Object.keys(GATES).join(',')}`,
        // The app's users are Dutch municipal workers: measure with a Dutch browser, as they have.
        `--chrome-flags=--headless=new --lang=nl-NL ${CHROMIUM_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
    );
    const report = JSON.parse(output);
    for (const category of Object.keys(GATES)) scores[category].push(Math.round(report.categories[category].score * 100));
    console.log(`run ${run}: ${Object.keys(GATES).map((category) => `${category} ${scores[category].at(-1)}`).join(', ')}`);
    if (run === RUNS) {
      for (const [id, audit] of Object.entries(report.audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`  failing audit: ${id}: ${audit.title}`);
      }
      const metric = (id) => report.audits[id]?.displayValue;
      console.log(`  last run: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`);
    }
  }
} finally {
  preview.stop();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let pass = true;
console.log('\nLighthouse, median of 3 (mobile):');
for (const [category, gate] of Object.entries(GATES)) {
  const score = median(scores[category]);
  const ok = score >= gate;
  const gated = !REPORTED_ONLY.includes(category);
  if (gated) pass &&= ok;
  const verdict = gated ? `gate ${gate}: ${ok ? 'ok' : 'BELOW'}` : `target ${gate}: ${ok ? 'met' : 'not met'}; reported, not gated`;
  console.log(`  ${category.padEnd(15)} ${String(score).padStart(3)}  (${verdict})`);
}
if (!pass) {
  console.error('\nLighthouse gate not met.');
  process.exitCode = 1;
}
