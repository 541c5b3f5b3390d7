import { readFileSync } from 'node:fs';
import { expect, test } from './test';
import { EMAIL, heading, LOCATION_QUESTIONS, MAIL, openApp, PERSON_QUESTIONS, PHONE, reloadApp, screen, TEL, waitForOffline, WEB } from './map';

const ALL_TEL = [TEL.emergency, TEL.nla, TEL.avim, ...TEL.shop, TEL.zvhHaaglanden, TEL.zvhHollandsMidden];
const ALL_MAIL = Object.values(MAIL);
const ALL_WEB = Object.values(WEB);

test('"Alle partners" is one tap from home, offline too, with every number and address of the map', async ({ page, context }) => {
  await openApp(page, '/');
  await waitForOffline(page);
  await context.setOffline(true);
  await reloadApp(page);
  await screen(page).getByRole('link', { name: 'Alle partners' }).click();
  await expect(heading(page)).toHaveText('Alle partners');
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText(['Spoed', 'Politie en inspectie', 'Zorg en ondersteuning', 'Gemeente en regio', 'Deel de app']);
  for (const href of [...ALL_TEL, ...ALL_MAIL, ...ALL_WEB]) {
    await expect(screen(page).locator(`a[href="${href}"]`).first(), href).toBeVisible();
  }
});

test('the partner filter finds SHOP by "advocaat" and by "lawyer"', async ({ page }) => {
  await openApp(page, '/partners');
  const filter = page.getByRole('searchbox', { name: 'Zoek een partner' });
  for (const word of ['advocaat', 'lawyer']) {
    await filter.fill(word);
    await expect(screen(page).getByRole('heading', { level: 3 })).toHaveText(['SHOP']);
    await expect(screen(page).getByText('1 partner gevonden')).toBeVisible();
  }
  await filter.fill('arbeidsuitbuiting');
  await expect(screen(page).getByRole('heading', { level: 3 })).toHaveText(['NLA']);
  await filter.fill('xyz');
  await expect(screen(page).getByText('Geen partner gevonden. Probeer een ander woord.')).toBeVisible();
});

test('the partner list respects the chosen municipality', async ({ page }) => {
  await openApp(page, '/instellingen');
  await page.getByRole('radio', { name: /^Gouda/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Gekozen: Gouda' })).toBeVisible();
  await openApp(page, '/partners');
  await expect(screen(page).locator(`a[href="${TEL.zvhHollandsMidden}"]`)).toBeVisible();
  await expect(screen(page).locator(`a[href="${TEL.zvhHaaglanden}"]`)).toBeHidden();
});

/** Unfolds a vCard stream and returns its logical lines. */
function vcardLines(text: string): string[] {
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

test('"Sla op in contacten" downloads a vCard with the partner\'s numbers and address', async ({ page }) => {
  await openApp(page, '/persoon/ondersteuning-shop');
  const [download] = await Promise.all([page.waitForEvent('download'), screen(page).getByRole('button', { name: 'Sla op in contacten: SHOP' }).click()]);
  expect(download.suggestedFilename()).toBe('shop.vcf');
  const lines = vcardLines(readFileSync((await download.path())!, 'utf8'));
  expect(lines[0]).toBe('BEGIN:VCARD');
  expect(lines).toContain('VERSION:3.0');
  expect(lines).toContain('FN:SHOP');
  expect(lines.filter((line) => line.startsWith('TEL'))).toEqual([
    `TEL;TYPE=WORK,VOICE:${TEL.shop[0].replace('tel:', '')}`,
    `TEL;TYPE=CELL,VOICE:${TEL.shop[1].replace('tel:', '')}`,
  ]);
  expect(lines).toContain(`EMAIL;TYPE=INTERNET:${EMAIL.shop}`);
  // What each number is travels into the contacts app, as on the screen.
  expect(lines.find((line) => line.startsWith('NOTE:'))).toContain(`${PHONE.shop[0]}: Vast nummer. ${PHONE.shop[1]}: Mobiel nummer.`);
  expect(lines.at(-1)).toBe('END:VCARD');
});

test('"Sla alle partners op" downloads one file with every partner', async ({ page }) => {
  await openApp(page, '/partners');
  const [download] = await Promise.all([page.waitForEvent('download'), screen(page).getByRole('button', { name: 'Sla alle partners op' }).click()]);
  const lines = vcardLines(readFileSync((await download.path())!, 'utf8'));
  expect(lines.filter((line) => line === 'BEGIN:VCARD')).toHaveLength(9);
  const tels = lines.filter((line) => line.startsWith('TEL')).map((line) => `tel:${line.split(':')[1]}`);
  expect(tels.sort()).toEqual([...ALL_TEL].sort());
  expect(lines).toContain('FN:Zorg- en Veiligheidshuis Hollands Midden');
});

test('the print view holds every question and number and fits on two A4 pages', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await openApp(page, '/');
  await screen(page).getByRole('link', { name: 'Druk de routekaart af' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const text = await screen(page).innerText();
  for (const question of [...PERSON_QUESTIONS, ...LOCATION_QUESTIONS]) expect(text).toContain(question);
  for (const number of [PHONE.nla, PHONE.avim, PHONE.shop[0], PHONE.shop[1], PHONE.zvhHaaglanden, PHONE.zvhHollandsMidden]) {
    expect(text).toContain(number);
  }
  for (const address of Object.values(EMAIL)) {
    expect(text).toContain(address);
  }
  expect(text).toContain('Gegevens van');
  await expect(page.getByRole('banner')).toBeHidden();

  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);

  // Each route drawn on one page: A4 portrait less the 12 mm margins, at 96 px to the inch.
  await page.setViewportSize({ width: Math.floor(((210 - 24) / 25.4) * 96), height: Math.floor(((297 - 24) / 25.4) * 96) });
  const drawings = screen(page).locator('.map-route');
  await expect(drawings).toHaveCount(2);
  for (const drawing of await drawings.all()) {
    expect((await drawing.boundingBox())!.height).toBeLessThanOrEqual(((297 - 24) / 25.4) * 96);
  }
});

test('"Deel" copies the step link where there is no share sheet, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await openApp(page, '/locatie/arbeid-nla');
  await screen(page).getByRole('button', { name: 'Deel' }).click();
  await expect(screen(page).getByText('Link gekopieerd. Plak hem in een bericht of e-mail.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/locatie\/arbeid-nla$/);
});

test('"Deel" hands the step link and a Dutch summary to the share sheet where there is one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
  await openApp(page, '/persoon/aangifte-beide');
  await page.getByRole('button', { name: 'English' }).click();
  await screen(page).getByRole('button', { name: 'Share' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
  expect(shared.url).toMatch(/\/persoon\/aangifte-beide$/);
  expect(shared.text).toBe('Signaal mensenhandel: neem contact op met NLA en AVIM.');
});

test('an outcome has a "Wat geeft u door?" checklist without input fields', async ({ page }) => {
  await openApp(page, '/persoon/ondersteuning-shop');
  const checklist = screen(page).locator('details').filter({ hasText: 'Wat geeft u door?' });
  await checklist.getByText('Wat geeft u door?').click();
  await expect(checklist.getByRole('listitem')).toHaveCount(6);
  await expect(checklist.getByText('Wie erbij betrokken zijn: beschrijvingen, geen oordelen.')).toBeVisible();
  await expect(page.locator('main input, main textarea, main select')).toHaveCount(0);
});

test.describe('on an iPhone in Safari', () => {
  test.use({
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  });

  test('the home screen explains how to put the app on the home screen, and the hint can be dismissed', async ({ page }) => {
    await openApp(page, '/');
    const hint = page.getByRole('region', { name: 'Zet de app op uw beginscherm' });
    await expect(hint).toContainText('Tik op de knop Deel');
    await expect(hint).toContainText('Zet op beginscherm');
    await hint.getByRole('button', { name: 'Toon dit niet meer' }).click();
    await expect(hint).toHaveCount(0);
    await reloadApp(page);
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Zet de app op uw beginscherm' })).toHaveCount(0);
  });

  test('no hint when the app already runs from the home screen', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
    await openApp(page, '/');
    await expect(heading(page)).toBeVisible();
    await expect(page.getByText('Zet de app op uw beginscherm')).toHaveCount(0);
  });
});

test('where Chromium offers installation, the home screen shows one "Installeer de app" button', async ({ page }) => {
  await page.addInitScript(() => {
    window.addEventListener('DOMContentLoaded', () => {
      const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
      event.prompt = async () => {
        (window as unknown as { prompted: boolean }).prompted = true;
      };
      event.userChoice = Promise.resolve({ outcome: 'accepted' });
      setTimeout(() => window.dispatchEvent(event), 50);
    });
  });
  await openApp(page, '/');
  const install = screen(page).getByRole('button', { name: 'Installeer de app' });
  await expect(install).toHaveCount(1);
  await install.click();
  expect(await page.evaluate(() => (window as unknown as { prompted: boolean }).prompted)).toBe(true);
  await expect(install).toHaveCount(0);
});
