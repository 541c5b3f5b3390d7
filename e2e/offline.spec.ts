import { expect, test } from './test';
import { walkLocationRouteSayingYes, walkPersonRouteSayingYes } from './walks';
import { expectEmergencyCall, heading, MAIL, openApp, PERSON_QUESTIONS, reloadApp, screen, TEL, waitForOffline } from './map';
import { deployCopyOfBuild } from './static-server';

test('after the first visit both routes work without network, in both languages', { tag: '@engines' }, async ({ page, context }) => {
  await openApp(page, '/');
  await expect(page.getByRole('status').filter({ hasText: 'De app werkt nu ook zonder internet.' })).toBeVisible();
  await waitForOffline(page);

  await context.setOffline(true);
  await reloadApp(page);
  await expect(heading(page)).toHaveText('Signalenroutekaart mensenhandel');
  await walkPersonRouteSayingYes(page);
  await openApp(page, '/');
  await walkLocationRouteSayingYes(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Summary');
  await openApp(page, '/');
  await expect(heading(page)).toHaveText('Route map for signs of human trafficking');
});

test('a deep step link opens offline, in a new tab', { tag: '@engines' }, async ({ page, context }) => {
  await openApp(page, '/');
  await waitForOffline(page);
  await context.setOffline(true);

  const tab = await context.newPage();
  await openApp(tab, '/persoon/zorgen');
  await expect(heading(tab)).toHaveText(PERSON_QUESTIONS[3]);
  await expectEmergencyCall(tab);
  await openApp(tab, '/persoon/zorgen-zvh');
  await expect(screen(tab).locator(`a[href="${TEL.zvhHollandsMidden}"]`)).toBeVisible();
});

test('with the server gone, a deep step link still answers from the service worker', { tag: '@engines' }, async ({ page, request }) => {
  const deployment = await deployCopyOfBuild();
  await openApp(page, `${deployment.url}/`);
  await waitForOffline(page);
  await deployment.close();
  await expect(request.get(`${deployment.url}/`)).rejects.toThrow();

  await openApp(page, `${deployment.url}/locatie/ondermijning-riec`);
  await expect(heading(page)).toHaveText('Neem contact op met RIEC');
  await expect(screen(page).locator(`a[href="${MAIL.riec}"]`)).toBeVisible();
  await expectEmergencyCall(page);
});

test('with the service worker in control, the data file opens as JSON and a missing asset is a 404, as nginx serves them', async ({ page }) => {
  // The nginx-like test host: vite preview answers a navigation to any path with HTML itself.
  const deployment = await deployCopyOfBuild();
  try {
    await openApp(page, `${deployment.url}/`);
    await waitForOffline(page);

    const data = await page.goto(`${deployment.url}/data/routekaart.json`);
    expect(data?.headers()['content-type']).toContain('application/json');
    expect(JSON.parse((await data?.text()) ?? '')).toHaveProperty('routes');
    expect((await page.goto(`${deployment.url}/assets/bestaat-niet-0000.js`))?.status()).toBe(404);
    expect((await page.goto(`${deployment.url}/robots.txt`))?.headers()['content-type']).toContain('text/plain');

    // A mangled step link is still the app's, with 112.
    await openApp(page, `${deployment.url}/persoon/bestaat-niet`);
    await expectEmergencyCall(page);
  } finally {
    await deployment.close();
  }
});
