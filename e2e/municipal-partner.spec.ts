/**
 * A municipality's own contact (a partner for chosen municipalities), published by the owners:
 * shown to a user who chose that municipality, marked and with the picker to a user who chose
 * none, and nowhere to a user of another municipality.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { KATWIJK_PARTNER, shipped, withKatwijkPartner } from './data';
import { heading, openApp, screen } from './map';
import { deployCopyOfBuild, type Deployment } from './static-server';

let deployment: Deployment;

test.beforeEach(async ({ page }) => {
  deployment = await deployCopyOfBuild();
  writeFileSync(join(deployment.root, 'data', 'routekaart.json'), JSON.stringify(withKatwijkPartner(shipped)));
  await openApp(page, `${deployment.url}/`);
  await expect(screen(page).getByRole('status').filter({ hasText: 'De app heeft nieuwe contactgegevens' })).toBeVisible();
});
test.afterEach(async () => deployment.close());

const call = (page: Page) => screen(page).locator(`a[href="${KATWIJK_PARTNER.tel}"]`);

async function chooseInSettings(page: Page, name: string): Promise<void> {
  await openApp(page, `${deployment.url}/instellingen`);
  await page.getByRole('searchbox', { name: 'Zoek uw gemeente' }).fill(name.slice(0, 4));
  await page.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  await expect(page.getByRole('status').filter({ hasText: `Gekozen: ${name}` })).toBeVisible();
}

test('with no municipality chosen, the outcome shows the contact marked "Alleen voor Katwijk" and offers the picker; Katwijk keeps it', { tag: '@engines' }, async ({ page }) => {
  await openApp(page, `${deployment.url}/locatie/${KATWIJK_PARTNER.step}`);
  await expect(heading(page)).toHaveText(`Neem contact op met RIEC en ${KATWIJK_PARTNER.name}`);
  await expect(screen(page).locator('.card').filter({ hasText: KATWIJK_PARTNER.name })).toContainText('Alleen voor Katwijk');
  await expect(call(page)).toBeVisible();
  await screen(page).getByLabel('Uw gemeente').selectOption('Katwijk');
  await expect(call(page)).toBeVisible();
  await expect(screen(page).getByLabel('Uw gemeente')).toHaveCount(0);
  await openApp(page, `${deployment.url}/partners`);
  await expect(screen(page).getByRole('heading', { name: KATWIJK_PARTNER.name })).toBeVisible();
});

test('a user in Delft never sees Katwijk\'s contact: not on the outcome, the summary, Alle partners, its filter or the whole map', { tag: '@engines' }, async ({ page }) => {
  await chooseInSettings(page, 'Delft');
  await openApp(page, `${deployment.url}/locatie/${KATWIJK_PARTNER.step}`);
  await expect(heading(page)).toHaveText('Neem contact op met RIEC');
  await expect(call(page)).toHaveCount(0);
  await expect(screen(page).getByText(KATWIJK_PARTNER.name)).toHaveCount(0);
  await openApp(page, `${deployment.url}/locatie/einde`);
  await expect(heading(page)).toHaveText('Overzicht');
  await expect(screen(page).getByRole('heading', { name: 'RIEC', exact: true })).toBeVisible();
  await expect(screen(page).getByText(KATWIJK_PARTNER.name)).toHaveCount(0);
  await openApp(page, `${deployment.url}/partners`);
  await page.getByRole('searchbox', { name: 'Zoek een partner' }).fill('katwijk');
  await expect(screen(page).locator('#partner-filter-result')).toHaveText('1 partner gevonden');
  await expect(screen(page).getByText(KATWIJK_PARTNER.name)).toHaveCount(0);
  await openApp(page, `${deployment.url}/routekaart`);
  await expect(screen(page).locator('.map-route')).toHaveCount(2);
  await expect(call(page)).toHaveCount(0);
});

test('Alle partners without a municipality lists the contact, says why to pick one and offers the picker', async ({ page }) => {
  await openApp(page, `${deployment.url}/partners`);
  await expect(screen(page).getByText('Sommige partners zijn er alleen voor een paar gemeenten.')).toBeVisible();
  await expect(screen(page).getByRole('heading', { name: KATWIJK_PARTNER.name })).toBeVisible();
  await screen(page).getByLabel('Uw gemeente').selectOption('Leiden');
  await expect(screen(page).getByRole('heading', { name: KATWIJK_PARTNER.name })).toHaveCount(0);
  await expect(screen(page).getByText('Sommige partners zijn er alleen voor een paar gemeenten.')).toHaveCount(0);
});
