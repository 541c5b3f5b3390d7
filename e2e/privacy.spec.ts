import { createHash } from 'node:crypto';
import { expect, TEST_TODAY, test } from './test';
import { BASE_URL } from '../playwright.config';
import { openApp, PHONE, screen } from './map';
import { walkLocationRouteSayingYes, walkPersonRouteSayingYes } from './walks';

test('a full walk of both routes asks no other host, sets no cookie and stores only contacts and settings', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  await openApp(page, '/');
  await walkPersonRouteSayingYes(page);
  await openApp(page, '/');
  await walkLocationRouteSayingYes(page);
  await openApp(page, '/partners');
  await openApp(page, '/persoon/zorgen-zvh');

  expect(requests.length).toBeGreaterThan(10);
  expect(requests.filter((url) => !url.startsWith(`${BASE_URL}/`))).toEqual([]);
  expect(await context.cookies()).toEqual([]);

  const storage = () =>
    page.evaluate(async () => {
      const local = Object.keys(localStorage);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('signalenroutekaart');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const keysOf = (store: string) =>
        new Promise<IDBValidKey[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAllKeys();
          request.onsuccess = () => resolve(request.result);
        });
      const result = {
        local,
        databases: (await indexedDB.databases()).map((info) => info.name),
        stores: [...db.objectStoreNames],
        routemap: await keysOf('routemap'),
        settings: await keysOf('settings'),
        lastCheck: await new Promise<unknown>((resolve) => {
          const request = db.transaction('settings').objectStore('settings').get('lastCheck');
          request.onsuccess = () => resolve(request.result);
        }),
        session: Object.keys(sessionStorage),
      };
      db.close();
      return result;
    });
  // The published file's check, done a moment after start, keeps one setting of its own: the day (no time) the data was found current.
  await expect.poll(async () => (await storage()).settings).toEqual(['lastCheck']);
  expect(await storage()).toEqual({
    local: [],
    databases: ['signalenroutekaart'],
    // Only a maintainer who opens the editor (/beheer) gets a second database, for a draft: contact data only.
    stores: ['routemap', 'settings'],
    routemap: ['current'],
    settings: ['lastCheck'],
    lastCheck: TEST_TODAY.toISOString().slice(0, 10),
    session: [],
  });
});

test('the page allows no inline script but its own and no other host (Content-Security-Policy), and sends no referrer', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  expect(directives['default-src']).toEqual(["'self'"]);
  // The one inline script (it starts the app after the first paint), by its hash: no other runs.
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  expect(scripts).toHaveLength(1);
  const hash = createHash('sha256').update(scripts[0]).digest('base64');
  expect(directives['script-src']).toEqual(["'self'", `'sha256-${hash}'`]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  // No <base> at all: one injected would move every relative address (scripts, the data file) elsewhere.
  expect(directives['base-uri']).toEqual(["'none'"]);
  expect(directives['form-action']).toEqual(["'none'"]);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(html).toContain('<meta name="referrer" content="no-referrer" />');

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await openApp(page, '/persoon/aangifte-beide');
  await expect(screen(page).getByRole('link', { name: `Bel ${PHONE.nla}` })).toBeVisible();
  expect(violations).toEqual([]);
});

test('links to partner websites open outside the app without opener or referrer', async ({ page }) => {
  await openApp(page, '/partners');
  const external = screen(page).locator('a[href^="https:"]');
  expect(await external.count()).toBeGreaterThanOrEqual(4);
  for (const link of await external.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});
