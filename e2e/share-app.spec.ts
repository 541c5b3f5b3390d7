/**
 * "Deel de app": a colleague scans the QR code, or gets the link. The codes are decoded here by
 * jsQR from what the browser drew, as a phone's camera would read them.
 */
import jpeg from 'jpeg-js';
import jsQR from 'jsqr';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { openApp, screen } from './map';

/** What a camera reads from the QR code on screen (or on paper, in print media). */
async function decode(code: Locator): Promise<string | undefined> {
  await expect(code).toBeVisible();
  const image = jpeg.decode(await code.screenshot({ type: 'jpeg', quality: 100 }), { useTArray: true });
  return jsQR(new Uint8ClampedArray(image.data.buffer), image.width, image.height)?.data;
}

const origin = (page: Page) => new URL(page.url()).origin;

test("Instellingen and Alle partners show a QR code of the app's own address, big enough to scan", { tag: '@engines' }, async ({ page }) => {
  for (const path of ['/instellingen', '/partners']) {
    await openApp(page, path);
    const share = screen(page).getByRole('region', { name: 'Deel de app' });
    const code = share.getByRole('img', { name: /^QR-code met het adres van de app/ });
    expect(await decode(code)).toBe(`${origin(page)}/`);
    // About 5 cm on a phone: read from arm's length.
    expect((await code.boundingBox())!.width).toBeGreaterThanOrEqual(200);
    await expect(share.getByText(`${origin(page)}/`, { exact: true })).toBeVisible();
    await expect(share.getByRole('listitem').filter({ hasText: 'iPhone' })).toBeVisible();
    await expect(share.getByRole('listitem').filter({ hasText: 'Android' })).toBeVisible();
  }
});

test('"Kopieer de link" puts the app\'s address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '/instellingen');
  await screen(page).getByRole('button', { name: 'Kopieer de link' }).click();
  await expect(screen(page).getByText(`Link gekopieerd: ${origin(page)}/`)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin(page)}/`);
});

test('"Deel de link" hands the address to the share sheet where the phone has one', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
  });
  await openApp(page, '/partners');
  await screen(page).getByRole('button', { name: 'Deel de link' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.map((data) => data.url))).toEqual([`${origin(page)}/`]);
});

test('the printed map carries the same QR code, with what to do with it', async ({ page }) => {
  await page.addInitScript(() => (window.print = () => undefined));
  await openApp(page, '/afdrukken');
  await page.emulateMedia({ media: 'print' });
  const code = screen(page)
    .locator('.print-app')
    .getByRole('img', { name: /^QR-code met het adres van de app/ });
  expect(await decode(code)).toBe(`${origin(page)}/`);
  await expect(screen(page).getByText('Scan om de app op uw telefoon te zetten')).toBeVisible();
});
