import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test } from './test';
import { openApp } from './map';
// @ts-expect-error: a plain .mjs helper shared with the scripts, no type declarations.
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { BASE_URL } from '../playwright.config';

test('Chromium reports the app installable', async () => {
  // A normal test context is incognito, which is never installable: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'routekaart-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    serviceWorkers: 'allow',
  });
  try {
    const page = await context.newPage();
    await openApp(page, BASE_URL);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ short_name: 'Routekaart', display: 'standalone', lang: 'nl', start_url: '/', id: '/' });
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/apple-touch-icon.png');
    const icon = await page.request.get(`${BASE_URL}/apple-touch-icon.png`);
    expect(icon.headers()['content-type']).toBe('image/png');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
