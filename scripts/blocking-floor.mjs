/**
 * `npm run blocking-floor`: where the app's Lighthouse blocking time comes from on this machine
 * (issue #31). Beside the floor (the home page without its scripts) and the app, two made-up pages
 * that do the same small amount of script work, 30 pieces of 1 ms each, after the first paint:
 *
 * - "floor + work": the pieces alone;
 * - "floor + fetches": each piece after fetching one of the app's own script files (as text, not
 *   run), 30 files, about as many as the app fetches during its first visit's start-up.
 *
 * If the second is far above the first, the blocking time beyond the floor comes from fetching
 * files during start-up (the browser's network handling competes with the page for the CPU), not
 * from the length of the page's own tasks. Interleaved, LIGHTHOUSE_RUNS each (default 5), at
 * LIGHTHOUSE_CPU× (default 4); reported, never gated. Needs a build (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { floorPage } from './floor-page.mjs';
import { median } from './lighthouse-gate.mjs';
import { startPreview } from './preview-server.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const CPU = Number(process.env.LIGHTHOUSE_CPU ?? 4);
const PIECES = 30;

const dir = mkdtempSync(join(tmpdir(), 'blocking-floor-'));
cpSync('dist', dir, { recursive: true });
const floor = floorPage(readFileSync(join(dir, 'index.html'), 'utf8'));
const files = readdirSync(join(dir, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .slice(0, PIECES)
  .map((name) => `/assets/${name}`);
const piece = 'const piece = () => { const end = performance.now() + 1; while (performance.now() < end); };';
const made = {
  'work.js': `${piece}\nfor (let i = 0; i < ${PIECES}; i++) await new Promise((done) => setTimeout(() => done(piece()), 0));\n`,
  'fetches.js': `${piece}\nawait Promise.all(${JSON.stringify(files)}.map(async (file) => { await (await fetch(file)).text(); piece(); }));\n`,
};
writeFileSync(join(dir, 'floor.html'), floor);
for (const [script, code] of Object.entries(made)) {
  writeFileSync(join(dir, script), code);
  writeFileSync(join(dir, script.replace('.js', '.html')), floor.replace('</body>', `<script type="module" src="/${script}"></script></body>`));
}

const PAGES = { floor: '/floor.html', 'floor + work': '/work.html', 'floor + fetches': '/fetches.html', app: '/' };
const preview = await startPreview(4181, dir);
const tbt = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [name, path] of Object.entries(PAGES)) {
      const output = execFileSync(
        'npx',
        [
          'lighthouse',
          `${preview.url}${path}`,
          '--form-factor=mobile',
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          '--only-categories=performance',
          `--throttling.cpuSlowdownMultiplier=${CPU}`,
          `--chrome-flags=--headless=new --lang=nl-NL --accept-lang=nl-NL,nl ${CHROMIUM_ARGS.join(' ')}`,
        ],
        { env: { ...process.env, CHROME_PATH: findChromium(), LANGUAGE: 'nl_NL' }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      );
      tbt[name].push(JSON.parse(output).audits['total-blocking-time'].numericValue);
    }
  }
} finally {
  preview.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`Lighthouse TBT at ${CPU}× CPU, ${RUNS} runs each, interleaved:`);
const floorTbt = median(tbt.floor);
for (const [name, values] of Object.entries(tbt)) {
  const over = name === 'floor' ? '' : `  (${Math.round(median(values) - floorTbt)} ms over the floor's)`;
  console.log(`  ${name.padEnd(16)} median ${String(Math.round(median(values))).padStart(4)} ms${over}  runs ${values.map(Math.round).join(', ')}`);
}
