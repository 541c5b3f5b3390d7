import { expect, test } from '@playwright/test';
import { walkLocationRouteSayingYes, walkPersonRouteSayingYes } from './walks';
import { expectEmergencyCall, heading, openApp, PERSON_QUESTIONS, reloadApp, screen, waitForOffline } from './map';

test('after the first visit both routes work without network, in both languages', async ({ page, context }) => {
  await openApp(page, '/');
  await expect(page.getByRole('status').filter({ hasText: 'Klaar voor offline gebruik.' })).toBeVisible();
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
  await expect(heading(page)).toHaveText('Human trafficking signal route map');
});

test('a deep step link opens offline, in a new tab', async ({ page, context }) => {
  await openApp(page, '/');
  await waitForOffline(page);
  await context.setOffline(true);

  const tab = await context.newPage();
  await openApp(tab, '/persoon/zorgen');
  await expect(heading(tab)).toHaveText(PERSON_QUESTIONS[3]);
  await expectEmergencyCall(tab);
  await openApp(tab, '/persoon/zorgen-zvh');
  await expect(screen(tab).locator('a[href="tel:+31883084343"]')).toBeVisible();
});
