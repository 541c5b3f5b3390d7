/**
 * At home on a phone once installed: what iPhone and Android read from the page and the manifest
 * (by their documented rules; the engines here cannot show an iPhone's home screen), and the
 * request to keep the app's data on the device.
 */
import { expect, test } from './test';
import { openApp, waitForOffline } from './map';

test('iPhone and iPad: home-screen icon and title, a status bar that leaves 112 readable, zoom allowed', async ({ page, request }) => {
  await openApp(page, '/');
  const head = page.locator('head');
  await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/apple-touch-icon.png');
  await expect(head.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute('content', 'Routekaart');
  await expect(head.locator('meta[name="apple-mobile-web-app-status-bar-style"]')).toHaveAttribute('content', 'default');
  const viewport = await head.locator('meta[name="viewport"]').getAttribute('content');
  expect(viewport).toContain('viewport-fit=cover');
  expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);

  // 180 × 180 PNG without an alpha channel: iOS shows transparency as black.
  const icon = await (await request.get('/apple-touch-icon.png')).body();
  expect(icon.subarray(1, 4).toString()).toBe('PNG');
  expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([180, 180]);
  expect(icon[25], 'PNG colour type 2: RGB, no alpha').toBe(2);
});

test('the sticky header and the way-on bar keep clear of the notch and the home indicator', async ({ page }) => {
  await openApp(page, '/persoon/acuut-112');
  // The rules as written: env() is 0 outside an iPhone, so the computed style cannot show it.
  const rule = (selector: string) =>
    page.evaluate(
      (selector) => ([...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]) as CSSStyleRule[]).find((rule) => rule.selectorText === selector)?.cssText ?? '',
      selector,
    );
  const header = await rule('.bar');
  for (const side of ['top', 'left', 'right']) expect(header).toContain(`env(safe-area-inset-${side})`);
  expect(await rule('.way-on')).toContain('env(safe-area-inset-bottom)');
});

test('installed, there is no rubber-band gap above the sticky header', async ({ page }) => {
  await openApp(page, '/');
  const standaloneRule = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('display-mode: standalone'))
      .map((rule) => rule.cssText)
      .join(''),
  );
  expect(standaloneRule).toContain('overscroll-behavior-y: none');
});

test('Android: long-press shortcuts to both routes and all partners, each with its own icon', async ({ page, request }) => {
  await openApp(page, '/');
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    shortcuts: Array<{ name: string; url: string; icons: Array<{ src: string }> }>;
  };
  expect(manifest.shortcuts.map(({ name, url }) => [name, url])).toEqual([
    ['Identificeerbaar slachtoffer (persoon)', '/persoon/acuut'],
    ['Locatie', '/locatie/acuut'],
    ['Alle partners', '/partners'],
  ]);
  const icons = manifest.shortcuts.map((shortcut) => shortcut.icons[0].src);
  expect(new Set(icons).size).toBe(3);
  for (const src of icons) {
    const response = await request.get(src);
    expect(response.status(), src).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  for (const { url } of manifest.shortcuts) {
    await openApp(page, url);
    await expect(page.locator('main h1')).not.toHaveText('Deze stap bestaat niet (meer).');
  }
});

test('once the app is on the device, it asks the browser to keep its data', async ({ page }) => {
  await page.addInitScript(() => {
    const storage = navigator.storage;
    (window as unknown as { persistAsked: number }).persistAsked = 0;
    storage.persisted = async () => false;
    storage.persist = async () => {
      (window as unknown as { persistAsked: number }).persistAsked++;
      return true;
    };
  });
  await openApp(page, '/');
  await waitForOffline(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(1);
});
