import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, TEST_TODAY, test } from './test';
import { dayFromTestToday, dutchDate, NEWER, shipped } from './data';
import { heading, MAIL, openApp, putRecords, reloadApp, screen, waitForOffline } from './map';
import { deployCopyOfBuild, type Deployment } from './static-server';
import { walkLocationRouteSayingYes, walkPersonRouteSayingYes } from './walks';

let deployment: Deployment;
let pageErrors: Error[];

test.beforeEach(async ({ page }) => {
  deployment = await deployCopyOfBuild();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
});
test.afterEach(async () => {
  expect(pageErrors, 'uncaught exceptions or unhandled rejections').toEqual([]);
  await deployment.close();
});

const dataFile = () => join(deployment.root, 'data', 'routekaart.json');

function publish(change: (file: any) => void): void {
  const file = JSON.parse(readFileSync(dataFile(), 'utf8'));
  change(file);
  writeFileSync(dataFile(), JSON.stringify(file));
}

async function walkBothRoutes(page: Page): Promise<void> {
  await openApp(page, `${deployment.url}/`);
  await walkPersonRouteSayingYes(page);
  await openApp(page, `${deployment.url}/`);
  await walkLocationRouteSayingYes(page);
}

test('an installed app picks up a newer published data file on its next online launch, and keeps it offline', { tag: '@engines' }, async ({ page, context }) => {
  await openApp(page, deployment.url);
  await waitForOffline(page);

  publish((file) => {
    file.version = NEWER.version;
    file.checked = NEWER.checked;
    file.partners.shop.purpose.nl = 'Ondersteuning, opvang of een advocaat (bijgewerkt via het gepubliceerde bestand)';
  });
  await reloadApp(page);
  await expect(page.getByRole('status').filter({ hasText: `De app heeft nieuwe contactgegevens van ${dutchDate(NEWER.checked)}.` })).toBeVisible();
  await openApp(page, `${deployment.url}/persoon/ondersteuning-shop`);
  await expect(screen(page).getByText('Ondersteuning, opvang of een advocaat (bijgewerkt via het gepubliceerde bestand)')).toBeVisible();
  // Nobody verified SHOP in this file: its card says the contacts are as on the printed map.
  await expect(screen(page).getByText(`Overgenomen van de papieren routekaart op ${dutchDate(shipped.copied ?? shipped.checked)}`)).toBeVisible();

  await context.setOffline(true);
  await reloadApp(page);
  await expect(screen(page).getByText('Ondersteuning, opvang of een advocaat (bijgewerkt via het gepubliceerde bestand)')).toBeVisible();
  await walkBothRoutes(page);
});

test('the update notice names what changed for the contacts, once, in Dutch and in English', { tag: '@engines' }, async ({ page }) => {
  await openApp(page, deployment.url);
  await waitForOffline(page);

  publish((file) => {
    file.version = NEWER.version;
    file.checked = NEWER.checked;
    file.partners.shop.phones[1].number = '06-12345678';
    file.partners.riec.emails = [];
  });
  await reloadApp(page);
  const notice = page.getByRole('status').locator('.notice').filter({ hasText: 'De app heeft nieuwe contactgegevens' });
  await expect(notice.locator('li')).toHaveText(['Nieuw mobiel nummer voor SHOP: 06-12345678', `RIEC heeft het e-mailadres ${MAIL.riec.slice('mailto:'.length).split('?')[0]} niet meer`]);
  // Said once: gone on the next screen, and not said again on the next launch.
  await screen(page).locator('a.route-entry').first().click();
  await expect(page.getByRole('status').locator('.notice')).toHaveCount(0);
  await reloadApp(page);
  await expect(heading(page)).toBeVisible();
  await expect(page.getByRole('status').locator('.notice')).toHaveCount(0);

  await openApp(page, deployment.url);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText(/route map/i);
  publish((file) => {
    file.version = NEWER.version + 1;
    file.partners.shop.phones[0].number = '070-1234567';
  });
  await reloadApp(page);
  await expect(page.getByRole('status').locator('.notice li')).toHaveText(['New landline number for SHOP: 070-1234567']);
});

for (const [name, clock] of [
  ['60 days behind', `${dayFromTestToday(-1 - 60)}T12:00:00`],
  ['a year ahead', `${dayFromTestToday(-1 + 365)}T12:00:00`],
]) {
  test(`a stored newer copy stays in use with the phone's clock ${name}, online and offline`, async ({ page, context }) => {
    await openApp(page, deployment.url);
    await waitForOffline(page);
    publish((file) => {
      file.version = NEWER.version;
      file.checked = NEWER.checked;
      file.partners.shop.purpose.nl = 'Ondersteuning, opvang of een advocaat (opgeslagen voor de klok verzette)';
    });
    await reloadApp(page);
    await expect(page.getByRole('status').filter({ hasText: 'De app heeft nieuwe contactgegevens' })).toBeVisible();

    // The clock rule guards what comes in from the network; the copy already stored was valid then.
    await page.clock.setFixedTime(new Date(clock));
    for (const offline of [false, true]) {
      await context.setOffline(offline);
      await openApp(page, `${deployment.url}/persoon/ondersteuning-shop`);
      await expect(screen(page).getByText('Ondersteuning, opvang of een advocaat (opgeslagen voor de klok verzette)')).toBeVisible();
      await expect(page.getByText('De app kon de opgeslagen gegevens niet lezen')).toHaveCount(0);
    }
  });
}

test('the app takes up a newer file while it is open, without a reload, when it comes back to the foreground', async ({ page }) => {
  const launchCheck = page.waitForResponse((response) => response.url().endsWith('/data/routekaart.json'));
  await openApp(page, `${deployment.url}/persoon/ondersteuning-shop`);
  await expect(screen(page).getByText('Kennis- en expertisecentrum over sekswerk en mensenhandel')).toBeVisible();
  await launchCheck;
  publish((file) => {
    file.version += 1;
    file.partners.shop.about.nl = 'SHOP, bijgewerkt terwijl de app open stond';
  });
  // The hourly limit counts from the launch check; move the (pinned) clock past it, then return to the app.
  await page.clock.setFixedTime(new Date(TEST_TODAY.getTime() + 61 * 60_000));
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(screen(page).getByText('SHOP, bijgewerkt terwijl de app open stond')).toBeVisible();
});

for (const [name, broken] of [
  ['not JSON', () => writeFileSync(dataFile(), '<!doctype html><p>Onderhoud</p>')],
  ['newer but with an http link', () => publish((f) => {
    f.version += 1;
    f.partners.riec.websites[0].url = 'http://www.riec.nl/contact';
  })],
  ['newer but with a number that is not Dutch', () => publish((f) => {
    f.version += 1;
    f.partners.nla.phones[0].number = '+44 20 7946 0000';
  })],
  ['over 256 KB', () => publish((f) => {
    f.version += 1;
    f.partners.shop.notes.push({ nl: 'x'.repeat(300_000), en: 'x' });
  })],
] as const) {
  test(`a published file that is ${name} is refused, also on a first visit, and both routes work`, async ({ page }) => {
    broken();
    const rejected = page.waitForEvent('console', (message) => /published route map was rejected/.test(message.text()));
    await openApp(page, deployment.url);
    await rejected;
    await walkBothRoutes(page);
    await expect(page.getByText('De app heeft nieuwe contactgegevens')).toHaveCount(0);
  });
}

/** Twenty thousand nested objects, written out by hand: JSON.stringify itself would overflow. */
function deeplyNested(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

for (const [name, poison] of [
  ['outcomes naming the partners "constructor" and "toString"', () => publish((f) => {
    f.version += 1;
    f.routes.locatie.steps['arbeid-nla'].partners = ['nla', 'constructor'];
    f.routes.persoon.steps['aangifte-beide'].partners = ['nla', 'avim', 'toString'];
  })],
  ['version 99999999999999, which would shut out every later file', () => publish((f) => (f.version = 99999999999999))],
  ['an unknown field holding 20 000 nested objects', () => {
    const file = readFileSync(dataFile(), 'utf8').trimEnd();
    const newer = file.replace(/"version": ?(\d+)/, (_, version) => `"version": ${Number(version) + 1}`);
    writeFileSync(dataFile(), `${newer.slice(0, -1)}, "extra": ${deeplyNested(20_000)}}`);
  }],
] as const) {
  test(`an installed app refuses a newer file with ${name}, walks both routes, and still takes the next correct file`, async ({ page }) => {
    const original = readFileSync(dataFile(), 'utf8');
    await openApp(page, deployment.url);
    await waitForOffline(page);

    poison();
    const rejected = page.waitForEvent('console', (message) => /published route map was rejected/.test(message.text()));
    await reloadApp(page);
    await rejected;
    await walkBothRoutes(page);

    writeFileSync(dataFile(), original);
    publish((f) => {
      f.version = NEWER.version;
      f.partners.shop.purpose.nl = 'Ondersteuning, opvang of een advocaat (de herstelde versie)';
    });
    await reloadApp(page);
    await expect(page.getByRole('status').filter({ hasText: 'De app heeft nieuwe contactgegevens' })).toBeVisible();
    await openApp(page, `${deployment.url}/persoon/ondersteuning-shop`);
    await expect(screen(page).getByText('Ondersteuning, opvang of een advocaat (de herstelde versie)')).toBeVisible();
  });
}

test('a step link naming an inherited key ("constructor") says the step does not exist', async ({ page }) => {
  await openApp(page, `${deployment.url}/constructor/toString`);
  await expect(heading(page)).toHaveText('Deze stap bestaat niet (meer).');
  await openApp(page, `${deployment.url}/persoon/constructor`);
  await expect(heading(page)).toHaveText('Deze stap bestaat niet (meer).');
});

test('a wiped IndexedDB leaves both routes working, offline too', async ({ page, context }) => {
  await openApp(page, deployment.url);
  await waitForOffline(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('signalenroutekaart');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await context.setOffline(true);
  await walkBothRoutes(page);
});

test('corrupt IndexedDB records leave both routes working', async ({ page }) => {
  await openApp(page, deployment.url);
  await expect(heading(page)).toHaveText('Signalenroutekaart mensenhandel');
  await putRecords(page, [
    { store: 'routemap', key: 'current', value: 'kapot' },
    { store: 'settings', key: 'municipality', value: { niet: 'een gemeente' } },
  ]);
  await walkBothRoutes(page);
});

test('each card says when its contacts were verified, with a calm warning on a partner not verified for twelve months', async ({ page }) => {
  publish((file) => {
    file.version += 1;
    file.checked = '2024-06-01';
    file.copied = '2024-06-01';
    file.partners['zvh-haaglanden'].checked = dayFromTestToday(-13);
  });
  // "Over a year old" counts from the pinned clock (e2e/test.ts), not from today.
  await openApp(page, `${deployment.url}/persoon/zorgen-zvh`);
  const warning = /Deze gegevens zijn meer dan een jaar oud\. Misschien kloppen ze niet meer\./;
  const verified = screen(page).locator('[data-partner="zvh-haaglanden"]');
  const asPrinted = screen(page).locator('[data-partner="zvh-hollands-midden"]');
  await expect(verified.getByText(`Gecontroleerd op ${dutchDate(dayFromTestToday(-13))}`)).toBeVisible();
  await expect(verified.getByText(warning)).toHaveCount(0);
  await expect(asPrinted.getByText('Overgenomen van de papieren routekaart op 1 juni 2024')).toBeVisible();
  await expect(asPrinted.getByText(warning)).toBeVisible();
  await openApp(page, `${deployment.url}/`);
  await expect(screen(page).getByText('Gegevens bijgewerkt op 1 juni 2024')).toBeVisible();
});
