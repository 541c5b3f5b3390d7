/**
 * `npm run startup`: what a first visit does until the home screen is live and idle, on a 4×
 * slowed CPU (STARTUP_CPU to change it), beside the same page without its scripts (its floor),
 * in Dutch and in English (a browser that prefers English gets the Dutch page, then English over
 * it). From a Chromium trace of the main thread: every task over 50 ms, split into script (ours:
 * module evaluation, callbacks, timers, idle callbacks, promise jobs) and the browser's own work on
 * the page (parsing, style, layout, paint), which the floor does too; and every request.
 *
 * Judged as ratios in the same run, so any machine can run it: the app's longest task that is
 * mostly script against the floor's own longest task (target ≤ 0.5×). A task is measured in the
 * main thread's own time (the trace's thread duration): what other processes on a shared machine
 * take from it is not the page's work. Wall times are shown beside. Medians of 5 runs (STARTUP_RUNS),
 * interleaved. Reported, not gated. Needs a build.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startFloorPreview } from './floor-page.mjs';

const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
const CPU = Number(process.env.STARTUP_CPU ?? 4);
const LONG_TASK_MS = 50;
const TARGET = 0.5;
/** Quiet this long after the app took over: what waits for idle has then run too. */
const SETTLE_MS = 4000;
const SCRIPT = new Set(['v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks', 'EventDispatch']);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const VISITS = [
  { name: 'app, Dutch', path: '/', locale: 'nl-NL', isApp: true },
  { name: 'app, English', path: '/', locale: 'en-GB', isApp: true },
  { name: 'floor', path: null, locale: 'nl-NL', isApp: false },
];

/** Script of the page's own: an evaluation without a file is the test tool's (see waitInPage). */
const isPageScript = (event) => SCRIPT.has(event.name) && !(event.name === 'EvaluateScript' && !event.args?.data?.url);

/** The main thread's tasks of over 10 ms, each with its wall and thread time and how much of it was script. */
function tasksOf(traceFile) {
  const events = JSON.parse(readFileSync(traceFile, 'utf8')).traceEvents;
  const thread = events.find((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain');
  const own = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X');
  const start = Math.min(...own.filter((event) => event.name === 'RunTask').map((event) => event.ts));
  return own
    .filter((task) => task.name === 'RunTask' && task.dur > 10_000)
    .map((task) => {
      const inside = own.filter((event) => event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur && isPageScript(event));
      // Outermost script events only: a promise job inside a callback is counted once.
      const outermost = inside.filter(
        (event) => !inside.some((other) => other !== event && other.ts <= event.ts && other.ts + other.dur >= event.ts + event.dur && other.dur > event.dur),
      );
      const scriptShare = outermost.reduce((sum, event) => sum + event.dur, 0) / task.dur;
      // What the script was: the longest event's kind and the file it ran in.
      const main = inside.filter((event) => event.args?.data?.url || event.args?.data?.stackTrace?.[0]?.url).sort((a, b) => b.dur - a.dur)[0];
      const url = main && (main.args.data.url || main.args.data.stackTrace[0].url);
      const what = main ? `${main.name} ${new URL(url).pathname.split('/').pop()}` : '';
      const wall = task.dur / 1000;
      const thread = (task.tdur ?? task.dur) / 1000;
      return { at: Math.round((task.ts - start) / 1000), wall, own: thread, script: Math.round(thread * scriptShare), isScript: scriptShare > 0.5, what };
    });
}

/**
 * Waits for `selector` with a few lines of the page's own script. Not page.waitForSelector: that
 * first evaluates Playwright's selector engine in the page, a task of 50–120 ms at 4× that is
 * no work of the app's but was counted as its longest mostly-script task.
 */
function waitInPage(page, selector) {
  return page.evaluate(
    (wanted) =>
      new Promise((resolve, reject) => {
        const giveUp = Date.now() + 30_000;
        const look = () => {
          if (document.querySelector(wanted)) resolve();
          else if (Date.now() > giveUp) reject(new Error(`${wanted} did not appear`));
          else setTimeout(look, 50);
        };
        look();
      }),
    selector,
  );
}

async function visit(browser, url, { locale, isApp }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const requests = [];
  let navigationStart = 0;
  page.on('request', (request) => requests.push({ at: Date.now() - navigationStart, path: new URL(request.url()).pathname }));
  const traceFile = join(tmpdir(), `startup-${process.pid}.json`);
  await browser.startTracing(page, { path: traceFile, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  navigationStart = Date.now();
  await page.goto(url);
  if (isApp) await waitInPage(page, locale.startsWith('en') ? 'html[lang="en"] #app[data-ready][data-live]' : '#app[data-ready][data-live]');
  await page.waitForTimeout(SETTLE_MS);
  await browser.stopTracing();
  await context.close();
  const tasks = tasksOf(traceFile);
  rmSync(traceFile);
  return { tasks, requests };
}

const preview = await startFloorPreview(4181);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const runs = new Map(VISITS.map((kind) => [kind, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const kind of VISITS) runs.get(kind).push(await visit(browser, `${preview.url}${kind.path ?? preview.floorPath}`, kind));
  }
} finally {
  await browser.close();
  preview.stop();
}

const longest = (tasks, time) => Math.max(0, ...tasks.map((task) => task[time]));
const round = (value) => Math.round(value);
/** The app's own longest task: the longest that is mostly script. The floor's: its longest of all (the page's own work). */
const measureOf = (kind, run, time) => longest(kind.isApp ? run.tasks.filter((task) => task.isScript) : run.tasks, time);

console.log(`First visit at 360×640, CPU ${CPU}× slower, ${RUNS} runs interleaved (ms; thread time, wall time in brackets):`);
const floorKind = VISITS.find((kind) => !kind.isApp);
const floorOwn = median(runs.get(floorKind).map((run) => measureOf(floorKind, run, 'own')));
let met = true;
for (const kind of VISITS) {
  const list = runs.get(kind);
  const own = list.map((run) => measureOf(kind, run, 'own'));
  const wall = list.map((run) => measureOf(kind, run, 'wall'));
  const label = kind.isApp ? 'longest task that is mostly script' : 'longest task (the page itself)';
  console.log(`  ${kind.name.padEnd(13)} ${label}: ${own.map(round).join(', ')} (median ${round(median(own))}; wall ${wall.map(round).join(', ')})`);
  if (kind.isApp) {
    const ratio = median(own) / floorOwn;
    met &&= ratio <= TARGET;
    console.log(`  ${''.padEnd(13)} against the floor's ${round(floorOwn)}: ${ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'NOT MET'})`);
  }
}
for (const kind of VISITS) {
  const last = runs
    .get(kind)
    .at(-1)
    .tasks.filter((task) => task.wall > LONG_TASK_MS || task.isScript);
  console.log(`\n${kind.name}, last run, tasks over ${LONG_TASK_MS} ms or mostly script (at ms: thread/wall, script):`);
  console.log(`  ${last.map((task) => `${task.at}: ${round(task.own)}/${round(task.wall)}, script ${task.script}${task.what ? ` (${task.what})` : ''}`).join('; ') || 'none'}`);
}
console.log('\nRequests of the last Dutch app run (ms after navigation):');
for (const request of runs.get(VISITS[0]).at(-1).requests) console.log(`  ${String(request.at).padStart(5)}  ${request.path}`);
console.log(met ? '\nTarget met.' : '\nTarget not met.');
