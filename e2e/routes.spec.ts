import { expect, test } from './test';
import { expectEmergencyCall, heading, LOCATION_QUESTIONS, openApp, openRoute, PERSON_QUESTIONS, PHONE, reloadApp, screen, tap } from './map';
import { walkLocationRouteSayingYes, walkPersonRouteSayingYes } from './walks';

test.beforeEach(async ({ page }) => {
  await openApp(page, '/');
  await expect(heading(page)).toHaveText('Signalenroutekaart mensenhandel');
});

test('the home screen offers both routes and 112', async ({ page }) => {
  await expectEmergencyCall(page);
  await expect(screen(page).getByRole('link', { name: /^Identificeerbaar slachtoffer \(persoon\)/ })).toBeVisible();
  await expect(screen(page).getByRole('link', { name: /^Locatie/ })).toBeVisible();
  await expect(screen(page).getByText('Ook een voorgevoel is genoeg om contact op te nemen. De partners horen liever een keer te veel van u dan te weinig.')).toBeVisible();
});

test('walking the person route with "Ja" reaches every partner of the map with its numbers', { tag: '@engines' }, async ({ page }) => {
  await walkPersonRouteSayingYes(page);
});

test('walking the location route with "Ja" reaches every partner, and ends with the signalenoverleg tip', { tag: '@engines' }, async ({ page }) => {
  await walkLocationRouteSayingYes(page);
});

test('labour exploitation leads to NLA only; sexual exploitation to AVIM only', async ({ page }) => {
  await openRoute(page, 'Identificeerbaar slachtoffer (persoon)');
  await tap(page, 'Nee');
  await tap(page, 'Ja');
  await tap(page, 'Arbeidsuitbuiting');
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText(['NLA']);
  await page.goBack();
  await tap(page, 'Seksuele of criminele uitbuiting of orgaanhandel');
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText(['AVIM']);
});

test(`"Nee" everywhere (only a gut feeling) is no dead end: the summary offers the route's partners to spar with, and all partners`, async ({ page }) => {
  await openRoute(page, 'Identificeerbaar slachtoffer (persoon)');
  for (const question of PERSON_QUESTIONS) {
    await expect(heading(page)).toHaveText(question);
    await tap(page, 'Nee');
  }
  await expect(heading(page)).toHaveText('Overzicht');
  await expect(screen(page).getByText(/^Uw antwoorden leiden niet naar een partner\. Twijfelt u toch\? Neem dan contact op met een van deze partners\./)).toBeVisible();
  // The map: call to spar, also on a gut feeling. Every partner of the route but 112, and the way to all partners.
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText([
    'NLA',
    'AVIM',
    'SHOP',
    'Zorg- en Veiligheidshuis Haaglanden',
    'Zorg- en Veiligheidshuis Hollands Midden',
  ]);
  await expect(screen(page).locator('a[href="tel:112"]')).toHaveCount(0);
  await screen(page).getByRole('link', { name: 'Alle partners' }).click();
  await expect(heading(page)).toHaveText('Alle partners');
});

test('the back button goes one step back, and a reload stays on the step', { tag: '@engines' }, async ({ page }) => {
  await openRoute(page, 'Locatie');
  await tap(page, 'Nee');
  await tap(page, 'Ja');
  await expect(page).toHaveURL(/\/locatie\/prostitutie-heit$/);
  await page.goBack();
  await expect(heading(page)).toHaveText(LOCATION_QUESTIONS[1]);
  await reloadApp(page);
  await expect(heading(page)).toHaveText(LOCATION_QUESTIONS[1]);
  await page.goBack();
  await expect(heading(page)).toHaveText(LOCATION_QUESTIONS[0]);
  await screen(page).getByRole('button', { name: 'Terug' }).click();
  await expect(heading(page)).toHaveText('Signalenroutekaart mensenhandel');
});

test('a step opened by its link shows that step, and its summary lists all partners of the route', { tag: '@engines' }, async ({ page }) => {
  await openApp(page, '/persoon/ondersteuning');
  await expect(heading(page)).toHaveText(PERSON_QUESTIONS[2]);
  await expectEmergencyCall(page);
  await openApp(page, '/locatie/einde');
  await expect(screen(page).getByText('Alle partners op deze route:')).toBeVisible();
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveCount(5);
  await openApp(page, '/locatie/bestaat-niet');
  await expect(heading(page)).toHaveText('Deze stap bestaat niet (meer).');
  await expectEmergencyCall(page);
});

test('a shared outcome link starts the walk: the summary after it names that partner, and Terug leads back through it', { tag: '@engines' }, async ({ page }) => {
  await openApp(page, '/persoon/ondersteuning-shop');
  await screen(page)
    .getByRole('button', { name: /^Volgende vraag/ })
    .click();
  await expect(heading(page)).toHaveText(PERSON_QUESTIONS.at(-1)!);
  await tap(page, 'Nee');
  await expect(heading(page)).toHaveText('Overzicht');
  await expect(screen(page).getByText('Uw antwoorden leiden naar deze partners:')).toBeVisible();
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText(['SHOP']);
  await reloadApp(page);
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText(['SHOP']);
  await screen(page).getByRole('button', { name: 'Terug' }).click();
  await screen(page).getByRole('button', { name: 'Terug' }).click();
  await expect(screen(page).getByRole('link', { name: `Bel ${PHONE.shop[0]}` })).toBeVisible();
  await screen(page).getByRole('button', { name: 'Terug' }).click();
  await expect(heading(page)).toHaveText('Signalenroutekaart mensenhandel');
});

test('every number can be copied as text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '/persoon/ondersteuning-shop');
  await expect(screen(page).locator('.selectable').getByText(PHONE.shop[1], { exact: true })).toBeVisible();
  await screen(page)
    .getByRole('button', { name: `Kopieer ${PHONE.shop[1]}` })
    .click();
  await expect(screen(page).getByText(`Gekopieerd: ${PHONE.shop[1]}`)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PHONE.shop[1]);
});

test('call and mail buttons are at least 44 by 44 pixels', async ({ page }) => {
  await openApp(page, '/persoon/ondersteuning-shop');
  await expect(screen(page).getByRole('link', { name: `Bel ${PHONE.shop[0]}` })).toBeVisible();
  const targets = page.locator('a.button, button, .bar a');
  const count = await targets.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const box = await targets.nth(i).boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
});

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ['/', '/persoon/aangifte-vorm', '/persoon/zorgen-zvh', '/locatie/ondermijning-riec', '/locatie/einde']) {
    test(`${path} needs no horizontal scrolling`, async ({ page }) => {
      await openApp(page, path);
      await expect(heading(page)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('a deep link gets the shell (header with 112, empty screen), never the home screen first', async ({ request }) => {
  const html = await (await request.get('/locatie/arbeid-nla')).text();
  expect(html).toContain('href="tel:112"');
  expect(html).not.toContain('Waar gaat uw signaal over?');
  const home = await (await request.get('/')).text();
  expect(home).toContain('Waar gaat uw signaal over?');
});

test('a link with a broken escape (cut off in a chat) opens a screen with 112 and the way home, with no page error @engines', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await openApp(page, '/persoon/%E0%A4%A');
  await expect(heading(page)).toHaveText('Deze stap bestaat niet (meer).');
  await expectEmergencyCall(page);
  await expect(screen(page).getByRole('link', { name: 'Naar het begin' })).toHaveAttribute('href', '/');
  expect(errors).toEqual([]);
});
