/**
 * `npm run launch-time`: offline launch of the installed app on a 4× slowed CPU, against the same
 * screen as plain static HTML (the floor for any web app). Median of 5 launches each.
 * Needs a build (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { floorPage } from './floor-page.mjs';
import { startPreview } from './preview-server.mjs';

const LAUNCHES = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Records when the first route link is painted and when the app has taken over the page. */
function recordMilestones() {
  window.__milestones = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__milestones.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new MutationObserver(() => {
    if (document.querySelector('#app[data-live]') && !window.__milestones.live) window.__milestones.live = performance.now();
    if (document.querySelector('#app[data-ready]') && !window.__milestones.ready) window.__milestones.ready = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-live', 'data-ready'] });
}

async function launch(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__milestones.fcp !== undefined && document.querySelector('a[href="/persoon/acuut"]'));
  return page.evaluate(() => window.__milestones);
}

const preview = await startPreview(4184);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'nl-NL', serviceWorkers: 'allow' });
  await context.addInitScript(recordMilestones);
  const page = await context.newPage();

  // Install: the first visit, online.
  await page.goto(`${preview.url}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    while (!navigator.serviceWorker.controller) await new Promise((resolve) => setTimeout(resolve, 50));
  });
  await page.waitForSelector('#app[data-ready]');

  await context.setOffline(true);
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });

  // The floor: the prerendered home screen as plain HTML without scripts, answered from memory
  // (as fast as a cache), in a context of its own so no service worker stands in between.
  const staticHtml = floorPage(readFileSync('dist/index.html', 'utf8'));
  const floorContext = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'nl-NL' });
  await floorContext.addInitScript(recordMilestones);
  await floorContext.route('**/*', (route) =>
    route.request().url().endsWith('/static-floor.html') ? route.fulfill({ contentType: 'text/html', body: staticHtml }) : route.abort(),
  );
  const floorTab = await floorContext.newPage();
  await (await floorContext.newCDPSession(floorTab)).send('Emulation.setCPUThrottlingRate', { rate: 4 });

  const app = [];
  const floor = [];
  for (let i = 0; i < LAUNCHES; i++) {
    app.push(await launch(page, `${preview.url}/`));
    await page.waitForSelector('#app[data-ready]');
    Object.assign(app.at(-1), await page.evaluate(() => window.__milestones));
    floor.push(await launch(floorTab, `${preview.url}/static-floor.html`));
  }

  const floorPaint = median(floor.map((m) => m.fcp));
  const appPaint = median(app.map((m) => m.fcp));
  const appLive = median(app.map((m) => m.live));
  const appReady = median(app.map((m) => m.ready));
  console.log('Offline launch, CPU 4× slower, median of 5 (ms from navigation):');
  console.log(`  static HTML, route visible and tappable   ${floorPaint.toFixed(0).padStart(5)}`);
  console.log(`  app, route visible and tappable (prerendered link)  ${appPaint.toFixed(0).padStart(5)}  (${(appPaint / floorPaint).toFixed(2)}× the floor)`);
  console.log(`  app, home screen live (every button works)  ${appLive.toFixed(0).padStart(5)}  (${(appLive / floorPaint).toFixed(2)}× the floor)`);
  console.log(`  app, route map in (every screen answers in-app)  ${appReady.toFixed(0).padStart(5)}  (${(appReady / floorPaint).toFixed(2)}× the floor)`);
} finally {
  await browser.close();
  preview.stop();
}
