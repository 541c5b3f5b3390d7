/**
 * Messages that arrive on their own never cover what the user reads or taps, and are announced
 * without moving focus. The first visit can be the moment of use: a colleague sends the link.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { heading, openApp, PHONE, reloadApp, screen, waitForOffline } from './map';
import { NEWER } from './data';
import { deployCopyOfBuild } from './static-server';

test.use({ viewport: { width: 360, height: 640 } });

/** Every visible element of the screen that overlaps the message's box. */
async function coveredBy(page: Page, message: string): Promise<string[]> {
  return page.evaluate((message) => {
    const box = [...document.querySelectorAll('.messages > *')].find((element) => element.textContent?.includes(message))!.getBoundingClientRect();
    const screen = document.querySelector('main > div')!;
    return [...screen.querySelectorAll('h1, h2, p, li, a, button, summary, select')]
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return element.checkVisibility() && rect.bottom > box.top && rect.top < box.bottom && rect.right > box.left && rect.left < box.right;
      })
      .map((element) => element.outerHTML.slice(0, 60));
  }, message);
}

/** At scroll 0, what the user needs next is what a tap there hits: nothing lies on top of it. */
async function expectTappable(page: Page, next: Locator): Promise<void> {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  for (const target of await next.all()) {
    const hit = await target.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      const bottom = Math.min(rect.bottom, innerHeight) - 2;
      return element.contains(document.elementFromPoint(rect.left + rect.width / 2, bottom));
    });
    expect(hit).toBe(true);
  }
}

for (const url of ['/', '/persoon/ondersteuning-shop']) {
  test(`on the first visit to ${url}, "De app werkt nu ook zonder internet" covers nothing and takes no focus @engines`, async ({ page }) => {
    await openApp(page, url);
    const live = page.getByRole('status').filter({ hasText: 'De app werkt nu ook zonder internet.' });
    await expect(live).toBeVisible();
    expect(await coveredBy(page, 'De app werkt nu ook zonder internet.')).toEqual([]);
    await expectTappable(page, url === '/' ? screen(page).locator('a.route-entry') : screen(page).locator('.actions a').first());
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.tagName === 'H1')).toBe(true);
  });
}

test('a copied number is announced in a live region, and focus stays on the copy button', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '/persoon/ondersteuning-shop');
  const copy = screen(page).getByRole('button', { name: `Kopieer ${PHONE.shop[0]}` });
  await copy.click();
  await expect(page.getByRole('status').filter({ hasText: `Gekopieerd: ${PHONE.shop[0]}` })).toBeVisible();
  await expect(copy).toBeFocused();
  await expect(heading(page)).toHaveText(/SHOP/);
});

test('the update notice naming the contacts that changed covers nothing, and counts what it leaves out', async ({ page }) => {
  const deployment = await deployCopyOfBuild();
  try {
    await openApp(page, deployment.url);
    await waitForOffline(page);
    // Five contacts changed, with numbers of the test's own.
    const file = join(deployment.root, 'data', 'routekaart.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.version = NEWER.version;
    data.checked = NEWER.checked;
    data.partners.shop.phones[0].number = '070-1234567';
    data.partners.shop.phones[1].number = '06-12345678';
    data.partners.shop.emails[0].address = 'meld@voorbeeld.nl';
    data.partners['zvh-haaglanden'].phones[0].number = '070-7654321';
    data.partners['zvh-hollands-midden'].phones[0].number = '071-1234567';
    writeFileSync(file, JSON.stringify(data));
    await reloadApp(page);
    await expect(page.getByRole('status').locator('.notice li')).toHaveText([
      'Nieuw vast nummer voor SHOP: 070-1234567',
      'Nieuw mobiel nummer voor SHOP: 06-12345678',
      'Nieuw e-mailadres voor SHOP: meld@voorbeeld.nl',
      'En nog 2 wijzigingen.',
    ]);
    expect(await coveredBy(page, 'En nog 2 wijzigingen.')).toEqual([]);
    await expectTappable(page, screen(page).locator('a.route-entry'));
  } finally {
    await deployment.close();
  }
});
