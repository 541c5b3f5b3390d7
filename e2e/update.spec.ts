import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './test';
import { heading, openApp, openRoute, PERSON_QUESTIONS, tap, waitForOffline } from './map';
import { deployCopyOfBuild, type Deployment } from './static-server';

let deployment: Deployment;
test.beforeEach(async () => {
  deployment = await deployCopyOfBuild();
});
test.afterEach(async () => deployment.close());

test('a new deployment offers "Laad de nieuwe versie" and never reloads under the user', async ({ page }) => {
  await openApp(page, deployment.url);
  await expect(page.getByRole('status').filter({ hasText: 'De app werkt nu ook zonder internet.' })).toBeVisible();
  await waitForOffline(page);
  await openRoute(page, 'Identificeerbaar slachtoffer (persoon)');
  await tap(page, 'Nee');
  await expect(heading(page)).toHaveText(PERSON_QUESTIONS[1]);

  // Deploy a new version: any change to the service worker is one.
  appendFileSync(join(deployment.root, 'sw.js'), '\n// next deployment\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const banner = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van de app.' });
  await expect(banner).toBeVisible();
  // The user stays where they were until they choose.
  await expect(heading(page)).toHaveText(PERSON_QUESTIONS[1]);
  const oldWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  expect(oldWorker).toBeTruthy();

  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Laad de nieuwe versie' }).click()]);
  await expect(heading(page)).toHaveText(PERSON_QUESTIONS[1]);
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'De app werkt nu ook zonder internet.' })).toHaveCount(0);
  const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
  expect(waiting).toBe(false);
});

test('the test host answers as nginx does: a missing asset or file is a 404, a step link gets the app', async ({ request }) => {
  for (const path of ['/assets/index-deleted.js', '/data/bestaat-niet.json', '/icons/weg.png']) {
    const response = await request.get(`${deployment.url}${path}`);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('<html');
  }
  const step = await request.get(`${deployment.url}/persoon/%E0%A4%A`);
  expect(step.status()).toBe(200);
  expect(step.headers()['content-type']).toContain('text/html');
});
