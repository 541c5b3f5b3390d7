/**
 * `npm run startup`: what a Dutch first visit does until the home screen is live and idle, on a
 * 4× slowed CPU, beside the same page without its scripts (its floor). From a Chromium trace of
 * the main thread: every task over 50 ms, split into script (ours: module evaluation, callbacks,
 * timers, idle callbacks, promise jobs) and the browser's own work on the page (parsing, style,
 * layout, paint), which the floor does too; and every request with its start time.
 * Medians of 5 runs, interleaved with the floor. Reported, not gated: task times on a shared
 * machine vary with its load; the size budget is the hard guard. Needs a build.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startFloorPreview } from './floor-page.mjs';

const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
const LONG_TASK_MS = 50;
/** Quiet this long after the app took over: what waits for idle has then run too. */
const SETTLE_MS = 4000;
const SCRIPT = new Set(['v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks', 'EventDispatch']);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The main thread's tasks over 50 ms, each with how much of it was script. */
function longTasks(traceFile) {
  const events = JSON.parse(readFileSync(traceFile, 'utf8')).traceEvents;
  const thread = events.find((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain');
  const own = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X');
  const start = Math.min(...own.filter((event) => event.name === 'RunTask').map((event) => event.ts));
  return own
    .filter((task) => task.name === 'RunTask' && task.dur > LONG_TASK_MS * 1000)
    .map((task) => {
      const inside = own.filter((event) => event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur && SCRIPT.has(event.name));
      // Outermost script events only: a promise job inside a callback is counted once.
      const outermost = inside.filter((event) => !inside.some((other) => other !== event && other.ts <= event.ts && other.ts + other.dur >= event.ts + event.dur && other.dur > event.dur));
      const script = outermost.reduce((sum, event) => sum + event.dur, 0) / 1000;
      // What the script was: the longest event's kind and the file it ran in.
      const main = inside.filter((event) => event.args?.data?.url || event.args?.data?.stackTrace?.[0]?.url).sort((a, b) => b.dur - a.dur)[0];
      const url = main && (main.args.data.url || main.args.data.stackTrace[0].url);
      const what = main ? `${main.name} ${new URL(url).pathname.split('/').pop()}` : '';
      return { at: Math.round((task.ts - start) / 1000), duration: Math.round(task.dur / 1000), script: Math.round(script), what };
    });
}

async function visit(browser, url, isApp) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'nl-NL', serviceWorkers: 'allow' });
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests = [];
  let navigationStart = 0;
  page.on('request', (request) => requests.push({ at: Date.now() - navigationStart, path: new URL(request.url()).pathname }));
  const traceFile = join(tmpdir(), `startup-${process.pid}.json`);
  await browser.startTracing(page, { path: traceFile, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  navigationStart = Date.now();
  await page.goto(url);
  if (isApp) await page.waitForSelector('#app[data-ready]', { timeout: 30_000 });
  await page.waitForTimeout(SETTLE_MS);
  await browser.stopTracing();
  await context.close();
  const tasks = longTasks(traceFile);
  rmSync(traceFile);
  return { tasks, requests };
}

const preview = await startFloorPreview(4181);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const runs = { app: [], floor: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    runs.app.push(await visit(browser, `${preview.url}/`, true));
    runs.floor.push(await visit(browser, `${preview.url}${preview.floorPath}`, false));
  }
} finally {
  await browser.close();
  preview.stop();
}

const longestTask = (run) => Math.max(0, ...run.tasks.map((task) => task.duration));
const longestScript = (run) => Math.max(0, ...run.tasks.map((task) => task.script));
/** A task that is mostly script is the app's; the rest is the browser's work on the page. */
const longestAppTask = (run) => Math.max(0, ...run.tasks.filter((task) => task.script * 2 > task.duration).map((task) => task.duration));
console.log(`Dutch first visit at 360×640, CPU 4× slower, ${RUNS} runs interleaved with the floor page (ms):`);
for (const [name, list] of Object.entries(runs)) {
  console.log(`  ${name}`);
  console.log(`    longest task over ${LONG_TASK_MS} ms, any:          ${list.map(longestTask).join(', ')}  (median ${median(list.map(longestTask))})`);
  console.log(`    longest task that is mostly script: ${list.map(longestAppTask).join(', ')}  (median ${median(list.map(longestAppTask))})`);
  console.log(`    most script in one long task:       ${list.map(longestScript).join(', ')}  (median ${median(list.map(longestScript))})`);
  console.log(`    last run: ${list.at(-1).tasks.map((task) => `${task.duration} (script ${task.script}${task.what ? `, ${task.what}` : ''}) at ${task.at}`).join('; ') || 'none'}`);
}
const scriptTasks = runs.app.flatMap((run, index) => run.tasks.filter((task) => task.script * 2 > task.duration).map((task) => `run ${index + 1}: ${task.duration} (script ${task.script}, ${task.what}) at ${task.at}`));
console.log(`  the app's mostly-script tasks over ${LONG_TASK_MS} ms, all runs: ${scriptTasks.join('; ') || 'none'}`);
console.log('\nRequests of the last app run (ms after navigation):');
for (const request of runs.app.at(-1).requests) console.log(`  ${String(request.at).padStart(5)}  ${request.path}`);
