/**
 * "Werkt de app zonder internet?" on Instellingen (issue 33): what the line says before and after
 * the service worker takes control, since when the data is current, and what to do on an iPhone.
 * The browsers' clocks are pinned (./test.ts), so the dates come from that day, never today.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, TEST_TODAY, test } from './test';
import { openApp, reloadApp, screen, scrollAtRest, waitForOffline } from './map';
import { dutchDate } from './data';

const LINE = {
  ready: 'Ja, deze telefoon is klaar voor gebruik zonder internet.',
  atRisk: 'Deze telefoon werkt nu zonder internet. Maar de browser kan de app wissen.',
  notReady: 'Nee, deze telefoon is nog niet klaar voor gebruik zonder internet.',
};

const verdict = (page: Page) => page.locator('#readiness-verdict');

/** What the app found, from the list under "Wat de app heeft nagekeken". */
async function facts(page: Page): Promise<string[]> {
  const details = screen(page).locator('#readiness details');
  if (!(await details.evaluate((element: HTMLDetailsElement) => element.open))) await details.locator('summary').click();
  return details.locator('li').allInnerTexts();
}

/** Ready or at risk, as this browser keeps a site's storage or not: working offline, either way. */
async function offlineLine(page: Page): Promise<string> {
  return (await page.evaluate(() => navigator.storage.persisted())) ? LINE.ready : LINE.atRisk;
}

/** Holds back the service worker's script (and so its control of the page) until the returned release is called. */
async function holdServiceWorker(context: BrowserContext): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/sw.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the line says "not ready" before the service worker takes control, and changes without a reload once it does', async ({ page, context }) => {
  // Until the "before" is seen, as on a slow first visit.
  const release = await holdServiceWorker(context);
  await openApp(page, '/instellingen');
  await expect(verdict(page)).toHaveText(LINE.notReady);
  await expect(screen(page).getByText('Open de app één keer met internet.', { exact: false })).toBeVisible();
  expect(await facts(page)).toContain('De app opent nog niet zonder internet.');

  release();
  await waitForOffline(page);
  await expect(verdict(page)).toHaveText(await offlineLine(page));
  expect(await facts(page)).toEqual(
    expect.arrayContaining(['De app opent ook zonder internet.', 'Alle schermen staan op deze telefoon.', 'De routekaart staat op deze telefoon.']),
  );
  // And offline, as the worker will read it months later.
  await context.setOffline(true);
  await reloadApp(page);
  await expect(verdict(page)).toHaveText(await offlineLine(page));
});

test('a focused button in the line stays where it was when the line changes as the service worker takes control, clear of the header', async ({ page, context }) => {
  // A phone on its side: the header covers most of what little height there is.
  await page.setViewportSize({ width: 640, height: 360 });
  const release = await holdServiceWorker(context);
  await openApp(page, '/instellingen');
  await expect(verdict(page)).toHaveText(LINE.notReady);
  const ask = screen(page).getByRole('button', { name: 'Vraag de browser de app te bewaren' });
  // Chromium's test profile does not keep a site's storage unasked, so the button is there.
  await expect(ask).toBeVisible();
  await ask.focus();
  // Scrolled on (as tabbing down brings it), so the advice that will go is just under the header:
  // the browser's scroll anchoring cannot hold the page still on an element that goes.
  await screen(page)
    .locator('#readiness li', { hasText: 'Open de app één keer met internet' })
    .evaluate((advice) => {
      const header = document.querySelector('header')!.getBoundingClientRect();
      window.scrollBy({ top: advice.getBoundingClientRect().top - header.bottom, behavior: 'instant' });
    });
  const clearOfHeader = async () => {
    await scrollAtRest(page);
    return page.evaluate(() => {
      const header = document.querySelector('header')!.getBoundingClientRect();
      const focused = document.activeElement!.getBoundingClientRect();
      return { focusedTop: Math.round(focused.top), headerBottom: Math.round(header.bottom), fits: focused.top >= header.bottom - 1 && focused.bottom <= innerHeight + 1 };
    });
  };
  const before = await clearOfHeader();
  expect(before.fits, 'focused before the change').toBe(true);

  release();
  await waitForOffline(page);
  await expect(verdict(page)).not.toHaveText(LINE.notReady);
  await expect(ask).toBeFocused();
  const after = await clearOfHeader();
  expect(after.focusedTop, 'where the button is on the screen').toBe(before.focusedTop);
  expect(after.fits).toBe(true);
});

test.describe('where the browser keeps no service worker (a private window, or switched off by device management)', () => {
  test.use({ serviceWorkers: 'block' });

  test('the line says "not ready", and what to do', async ({ page }) => {
    await openApp(page, '/instellingen');
    await expect(verdict(page)).toHaveText(LINE.notReady);
    await expect(screen(page).locator('#readiness')).toContainText(/Open de app één keer met internet|Open de app in een gewoon venster/);
    expect(await facts(page)).toContain('De app opent nog niet zonder internet.');
  });
});

test('since when: no check before the server answered with a good file, that day once it has', async ({ page, context }) => {
  await context.route('**/data/routekaart.json', (route) => route.abort());
  await openApp(page, '/');
  await waitForOffline(page);
  await openApp(page, '/instellingen');
  await expect(screen(page).locator('#readiness')).toContainText('De app heeft nog niet gecontroleerd of er nieuwere gegevens zijn.');

  await context.unroute('**/data/routekaart.json');
  const day = dutchDate(TEST_TODAY.toISOString().slice(0, 10));
  // The check runs a moment after start: the line reads the day it stored.
  await expect(async () => {
    await reloadApp(page);
    await expect(screen(page).locator('#readiness')).toContainText(`Laatste controle op nieuwe gegevens: ${day}.`, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});

test('a browser that may clear the app offers to ask it to keep the app, and says what it answered', async ({ page }) => {
  await openApp(page, '/');
  await waitForOffline(page);
  await openApp(page, '/instellingen');
  await expect(verdict(page)).not.toHaveText(LINE.notReady);
  const ask = screen(page).getByRole('button', { name: 'Vraag de browser de app te bewaren' });
  if (await page.evaluate(() => navigator.storage.persisted())) {
    // This browser keeps the app already: nothing to ask, and the line says it is ready.
    await expect(ask).toHaveCount(0);
    await expect(verdict(page)).toHaveText(LINE.ready);
    return;
  }
  await ask.click();
  const kept = await page.evaluate(() => navigator.storage.persisted());
  await expect(screen(page).locator('#readiness')).toContainText(kept ? LINE.ready : 'De browser zegt nee.');
});

test.describe('on an iPhone, in Safari', () => {
  test.use({
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  });

  test('the line asks to add the app to the home screen, since Safari may clear it after seven days unused', async ({ page }) => {
    await openApp(page, '/');
    await waitForOffline(page);
    await openApp(page, '/instellingen');
    await expect(verdict(page)).toHaveText(LINE.atRisk);
    await expect(screen(page).locator('#readiness')).toContainText('Anders kan de iPhone de app wissen als u hem zeven dagen niet opent.');
  });
});
