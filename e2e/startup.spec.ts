/**
 * The home screen is live before the route map has loaded (issue 16): what is built into the page
 * is enough for it, and a tap during start is answered whatever has arrived so far. What can wait
 * (the service worker's install) waits until start-up is done (issue 31).
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import type { RouteMap } from '../src/routemap/types';
import { expect, test } from './test';
import { expectEmergencyCall, heading, PERSON_QUESTIONS, screen, waitForOffline } from './map';

const shipped = JSON.parse(readFileSync('data/routekaart.json', 'utf8')) as RouteMap;
const acute = shipped.routes.persoon.steps.acuut;

/** Holds back the requests `url` matches until `release` is called; lists every path the page asks for. */
async function holdBack(page: Page, url: string): Promise<{ release: () => void; requested: string[] }> {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release, requested };
}

/** Holds back the chunk that reads the route map from the device. */
const holdRouteMap = (page: Page) => holdBack(page, '**/assets/store-*.js');

test('the home screen is live without the route map: the language switch works while the map is still on its way', { tag: '@engines' }, async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  const map = await holdRouteMap(page);
  // Not until "load": in Firefox the held-back chunk holds up the load event.
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('#app[data-live]').waitFor();
  await expectEmergencyCall(page);
  await page.getByRole('button', { name: 'EN – English' }).click();
  await expect(heading(page)).toHaveText(shipped.texts!.title!.en);
  await expect(screen(page).getByRole('link', { name: new RegExp(`^${shipped.routes.persoon.title.en.replace(/[()]/g, '\\$&')}`) })).toBeVisible();
  expect(
    map.requested.filter((path) => /\/assets\/routekaart-/.test(path)),
    'the route map itself',
  ).toEqual([]);
  await expect(page.locator('#app[data-ready]')).toHaveCount(0);

  map.release();
  await page.locator('#app[data-ready]').waitFor();
  await screen(page)
    .getByRole('link', { name: /^Identifiable victim/ })
    .click();
  await expect(heading(page)).toHaveText(acute.type === 'question' ? acute.text.en : '');
  expect(errors).toEqual([]);
});

test('a tap on a route during start is answered: its first question shows once the map is in', { tag: '@engines' }, async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  const map = await holdRouteMap(page);
  await page.goto('/', { waitUntil: 'commit' });
  // As fast as a thumb: before or after the app took over the page, whichever comes first.
  await screen(page)
    .getByRole('link', { name: /^Identificeerbaar slachtoffer/ })
    .click();
  await expectEmergencyCall(page);
  setTimeout(map.release, 1000);
  await expect(heading(page)).toHaveText(PERSON_QUESTIONS[0]);
  await expect(page).toHaveURL(/\/persoon\/acuut$/);
  expect(errors).toEqual([]);
});

test('the service worker installs once start-up is done: not while the published data file is still being checked', { tag: '@engines' }, async ({ page }) => {
  const { release, requested } = await holdBack(page, '**/data/routekaart.json');
  await page.goto('/');
  await page.locator('#app[data-live][data-ready]').waitFor();
  await expect.poll(() => requested.includes('/data/routekaart.json'), { message: 'the published file asked for' }).toBe(true);
  // The app had idle moments enough to register it, were it not waiting.
  await page.waitForTimeout(1000);
  const registeredEarly = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  expect(registeredEarly, 'a service worker registered during start-up').toBe(false);

  release();
  await expect(page.getByRole('status').filter({ hasText: 'De app werkt nu ook zonder internet.' })).toBeVisible();
  await waitForOffline(page);
});

for (const path of ['/', '/persoon/ondersteuning-shop']) {
  test(`the first paint of ${path} waits for none of the app's scripts: they are fetched after it`, { tag: '@engines' }, async ({ browser, baseURL }) => {
    // A context of its own: the pinned clock of the other tests stands in for \`performance\` too.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto(path);
    await page.locator('#app[data-ready]').waitFor();
    const { firstPaint, firstScript } = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      firstScript: Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => entry.startTime),
      ),
    }));
    expect(firstPaint, 'the first contentful paint').toBeGreaterThan(0);
    expect(firstScript, 'the first script fetched').toBeGreaterThanOrEqual(firstPaint!);
    await context.close();
  });
}
