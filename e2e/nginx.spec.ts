/**
 * The app as municipal IT hosts it: Debian's nginx with deploy/nginx.conf (run by
 * scripts/nginx.mjs over a copy of the build, on loopback over http).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { APIResponse } from '@playwright/test';
import { expect, test, TEST_TODAY } from './test';
// @ts-expect-error: a plain .mjs helper shared with `npm run serve:nginx`, no type declarations.
import { startNginx } from '../scripts/nginx.mjs';
import { openApp, PHONE, reloadApp, screen, waitForOffline } from './map';
import { copyOfBuild, deployCopyOfBuild } from './static-server';
import { dayFromTestToday, NEWER, shipped } from './data';
import { SECURITY_TXT_FILE, securityTxtFrom } from '../scripts/security-txt';
import { walkLocationRouteSayingYes, walkPersonRouteSayingYes } from './walks';

let server: { url: string; stop(): Promise<void> };
let root: string;

// biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a hook asks for from this pattern; it needs none
test.beforeAll(async ({}, workerInfo) => {
  root = copyOfBuild();
  server = await startNginx({ root, port: Number(process.env.E2E_NGINX_PORT ?? 8090) + workerInfo.workerIndex });
});
test.afterAll(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

const asset = () => readFileSync('dist/index.html', 'utf8').match(/"(\/assets\/index-[^"]+\.js)"/)![1];

function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  const policy = headers['content-security-policy'];
  const [scriptHash, styleHash] = readFileSync('dist/index.html', 'utf8').match(/'sha256-[^']+'/g)!;
  // Only the app itself may frame it: the editor's preview (/beheer) shows the real screens in a frame.
  expect(policy).toContain("frame-ancestors 'self'");
  // The same for browsers that know only the older header.
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(policy).toContain("base-uri 'none';");
  expect(policy).toContain(`style-src 'self' ${styleHash}`);
  expect(policy).toContain(`script-src 'self' ${scriptHash};`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers.server).toBe('nginx');
  // HSTS only over https, which the production config adds (docs/deploy.md).
  expect(headers['strict-transport-security']).toBeUndefined();
}

test('nginx sends the cache, type and security headers of docs/deploy.md, gzip for text', async ({ request }) => {
  const cases: Array<[string, number, string, string | undefined]> = [
    ['/', 200, 'text/html', 'no-cache'],
    ['/persoon/aangifte', 200, 'text/html', 'no-cache'],
    [asset(), 200, 'javascript', 'public, max-age=31536000, immutable'],
    ['/sw.js', 200, 'javascript', 'no-cache'],
    ['/data/routekaart.json', 200, 'application/json', 'no-cache'],
    ['/manifest.webmanifest', 200, 'application/manifest+json', 'no-cache'],
    ['/shell.html', 200, 'text/html', 'no-cache'],
    ['/assets/index-deleted.js', 404, 'text/html', undefined],
    ['/icons/nope.png', 404, 'text/html', undefined],
    ['/security-headers.conf', 404, 'text/html', undefined],
  ];
  for (const [path, status, type, cacheControl] of cases) {
    const response = await request.get(`${server.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status(), path).toBe(status);
    expect(response.headers()['content-type'], path).toContain(type);
    expect(response.headers()['cache-control'], path).toBe(cacheControl);
    expectSecurityHeaders(response);
    if (status === 200 && !path.endsWith('.png')) expect(response.headers()['content-encoding'], path).toBe('gzip');
  }
  const workbox = readdirSync('dist').find((name) => /^workbox-.+\.js$/.test(name))!;
  expect((await request.get(`${server.url}/${workbox}`)).headers()['cache-control']).toBe('no-cache');
});

test('a step link gets the shell page; a missing asset is a 404, never the app HTML', async ({ request }) => {
  const step = await (await request.get(`${server.url}/locatie/einde`)).text();
  expect(step).toBe(readFileSync('dist/shell.html', 'utf8'));
  const missing = await request.get(`${server.url}/assets/step-screen-old.js`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).not.toContain('<div id="app">');
});

test('through nginx: both routes walk without a CSP violation, work offline after install, and take a newer data file', async ({ page, context }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await openApp(page, `${server.url}/`);
  await walkPersonRouteSayingYes(page);
  await openApp(page, `${server.url}/`);
  await walkLocationRouteSayingYes(page);
  await waitForOffline(page);

  await context.setOffline(true);
  await openApp(page, `${server.url}/persoon/ondersteuning-shop`);
  await expect(screen(page).getByRole('link', { name: `Bel ${PHONE.shop[0]}` })).toBeVisible();

  // Published while this page is offline, so the page coming back online is what finds it. (Written
  // after going online, it raced the check that the 'online' event starts: on a slow machine that
  // check adopted the file first and the reload then had nothing newer to announce.)
  const file = join(root, 'data', 'routekaart.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  data.version = NEWER.version;
  data.partners.shop.purpose.nl = 'Ondersteuning, opvang of een advocaat (via nginx gepubliceerd)';
  writeFileSync(file, JSON.stringify(data));
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'De app heeft nieuwe contactgegevens' })).toBeVisible();
  await context.setOffline(true);
  await reloadApp(page);
  await expect(screen(page).getByText('Ondersteuning, opvang of een advocaat (via nginx gepubliceerd)')).toBeVisible();
  expect(problems).toEqual([]);
});

test("security.txt: the host's file as text with no-cache and the security headers; without one a 404, never the app, also with the service worker in control", async ({
  page,
  request,
}) => {
  const file = join(root, SECURITY_TXT_FILE);
  const url = `${server.url}/${SECURITY_TXT_FILE}`;
  const made = securityTxtFrom(
    {
      SECURITY_TXT_CONTACT: 'mailto:cert@gemeente.example',
      SECURITY_TXT_EXPIRES: dayFromTestToday(90),
      SITE_ORIGIN: 'https://routekaart.gemeente.example',
    },
    TEST_TODAY,
  );
  if (made.kind !== 'made') throw new Error(`no security.txt: ${JSON.stringify(made)}`);

  // A build without the host's settings (as these tests build dist/) has none.
  rmSync(file, { force: true });
  for (const path of [`/${SECURITY_TXT_FILE}`, '/.well-known/change-password']) {
    const missing = await request.get(`${server.url}${path}`);
    expect(missing.status(), path).toBe(404);
    expect(missing.headers()['cache-control'], path).toBeUndefined();
    expect(await missing.text(), path).not.toContain('<div id="app">');
    expectSecurityHeaders(missing);
  }

  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, made.text);
  const served = await request.get(url);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(served.headers()['cache-control']).toBe('no-cache');
  expectSecurityHeaders(served);
  expect(await served.text()).toBe(made.text);

  // The service worker leaves it to the server: never the app's page, never a copy of its own.
  await openApp(page, `${server.url}/`);
  await waitForOffline(page);
  expect((await page.goto(url))?.status()).toBe(200);
  await expect(page.locator('body')).toContainText('Preferred-Languages: nl, en');
  rmSync(file);
  expect((await page.goto(url))?.status()).toBe(404);
  await expect(page.locator('#app')).toHaveCount(0);
});

test('through nginx, the editor at /beheer frames the real screens for its preview; a page of another origin cannot frame the app', async ({ page }) => {
  await openApp(page, `${server.url}/beheer`);
  await expect(page.frameLocator('iframe.preview-frame').locator('#app[data-ready] main h1')).toBeVisible();

  // Another origin on the same loopback (another port), so only the headers can stop it.
  const other = await deployCopyOfBuild();
  try {
    await page.goto(`${other.url}/robots.txt`);
    await page.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
      return new Promise((resolve) => frame.addEventListener('load', resolve));
    }, `${server.url}/`);
  } finally {
    await other.close();
  }
  const frame = page.frames().find((each) => each !== page.mainFrame())!;
  expect(await frame.locator('#app').count()).toBe(0);
});

/** A port no one listens on now, for a second nginx beside the one above. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test('a release built from an older data file leaves the live file alone: nginx still serves it, and a fresh install gets its numbers', async ({ page, request }) => {
  test.setTimeout(120_000);
  // The owners published v2, with a new number for SHOP, into the data folder outside the release.
  const data = mkdtempSync(join(tmpdir(), 'routekaart-live-'));
  const live = structuredClone(shipped);
  live.version = NEWER.version;
  live.checked = NEWER.checked;
  live.partners.shop.phones[1].number = '06-12345678';
  writeFileSync(join(data, 'routekaart.json'), JSON.stringify(live));
  // The site runs a build of the repository's older v1, which carries v1 inside and in its own data/.
  const site = copyOfBuild();
  const nginx = await startNginx({ root: site, data, port: await freePort() });
  try {
    // A release, as docs/deploy.md says: the whole site folder replaced by the new build (of v1 again).
    rmSync(site, { recursive: true, force: true });
    cpSync('dist', site, { recursive: true });
    expect(JSON.parse(readFileSync(join(site, 'data', 'routekaart.json'), 'utf8')).version).toBe(shipped.version);

    const served = await request.get(`${nginx.url}/data/routekaart.json`);
    expect(served.headers()['cache-control']).toBe('no-cache');
    expectSecurityHeaders(served);
    expect((await served.json()).version).toBe(NEWER.version);

    // A fresh install (this test's own, empty browser context) starts from v1 inside the app and takes v2.
    await openApp(page, `${nginx.url}/`);
    await expect(page.getByRole('status').filter({ hasText: 'De app heeft nieuwe contactgegevens' })).toContainText('Nieuw mobiel nummer voor SHOP: 06-12345678');
    await openApp(page, `${nginx.url}/persoon/ondersteuning-shop`);
    await expect(screen(page).locator('a[href="tel:+31612345678"]').first()).toBeVisible();
    await expect(screen(page).getByText(PHONE.shop[1])).toHaveCount(0);
  } finally {
    await nginx.stop();
    rmSync(site, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
});
