/**
 * "De hele routekaart": both routes drawn as the paper map draws them, with every question and
 * every partner's working buttons, read in the map's order.
 */
import { expect, test } from './test';
import { shipped } from './data';
import { expectEmergencyCall, heading, LOCATION_QUESTIONS, MAIL, openApp, PERSON_QUESTIONS, screen, TEL, WEB } from './map';

test('the whole map shows every question in order, and every partner with its working links', { tag: '@engines' }, async ({ page }) => {
  await openApp(page, '/');
  await screen(page).getByRole('link', { name: 'De hele routekaart' }).click();
  await expect(heading(page)).toHaveText('De hele routekaart');
  await expectEmergencyCall(page);

  for (const [routeId, questions] of [
    ['persoon', PERSON_QUESTIONS],
    ['locatie', LOCATION_QUESTIONS],
  ] as const) {
    const route = screen(page).getByRole('region', { name: shipped.routes[routeId].title.nl, exact: true });
    // The boxes in reading order: what a screen reader reads is the map's own order.
    const read = (await route.getByRole('heading', { level: 3 }).allInnerTexts()).map((text) => text.replace(/^Vraag \d+\s*/, ''));
    expect(read).toEqual([...questions]);
    await expect(route.getByRole('heading', { level: 3 }).first()).toContainText('Vraag 1');
  }

  const drawn = screen(page);
  for (const href of [TEL.emergency, TEL.nla, TEL.avim, ...TEL.shop, TEL.zvhHaaglanden, TEL.zvhHollandsMidden, ...Object.values(MAIL), ...Object.values(WEB)]) {
    await expect(drawn.locator(`a[href="${href}"]`).first(), href).toBeVisible();
  }
  // 112 looks like an emergency here too.
  await expect(drawn.locator(`a[href="${TEL.emergency}"]`).first()).toHaveClass(/button--emergency/);
});

test('on a phone the map reads top to bottom; on a laptop "Ja" stands beside its question', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await openApp(page, '/routekaart');
  const question = screen(page).locator('.map-question').first();
  let box = (await question.locator('.map-box--question').boundingBox())!;
  let yes = (await question.locator('.map-answer--yes').boundingBox())!;
  expect(yes.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  await page.setViewportSize({ width: 1280, height: 800 });
  box = (await question.locator('.map-box--question').boundingBox())!;
  yes = (await question.locator('.map-answer--yes').boundingBox())!;
  expect(yes.x).toBeGreaterThan(box.x + box.width);
  expect(yes.y).toBeLessThan(box.y + box.height);
});
