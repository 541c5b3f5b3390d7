import { expect, test } from './test';
import { EMAIL, expectEmergencyCall, heading, MAIL, openApp, openRoute, PHONE, reloadApp, screen, tap, TEL } from './map';
import { FIRST_QUESTION_EN } from './data';

test('Dutch by default; English on request, remembered across a reload', { tag: '@engines' }, async ({ page }) => {
  await openApp(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Route map for signs of human trafficking');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await reloadApp(page);
  await expect(heading(page)).toHaveText('Route map for signs of human trafficking');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Call 112, the emergency number' })).toHaveAttribute('href', 'tel:112');

  await openRoute(page, 'Identifiable victim (person)');
  await expect(heading(page)).toHaveText(FIRST_QUESTION_EN);
  await tap(page, 'No');
  await tap(page, 'No');
  await tap(page, 'Yes');
  await expect(screen(page).getByText("The Hague's expertise centre on sex work and human trafficking")).toBeVisible();
  // Official names stay Dutch; the mail subject stays Dutch for the partner who reads it.
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText(['SHOP']);
  await expect(screen(page).getByRole('link', { name: `Call ${PHONE.shop[0]}` })).toHaveAttribute('href', TEL.shop[0]);
  await expect(screen(page).getByRole('link', { name: `Send an email ${EMAIL.shop}` })).toHaveAttribute('href', MAIL.shop);

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(screen(page).getByRole('link', { name: `Bel ${PHONE.shop[0]}` })).toBeVisible();
  await expectEmergencyCall(page);
  await reloadApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test.describe('with a browser that prefers English', () => {
  test.use({ locale: 'en-GB' });

  test('starts in English', async ({ page }) => {
    await openApp(page, '/');
    await expect(heading(page)).toHaveText('Route map for signs of human trafficking');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
