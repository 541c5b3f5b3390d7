/**
 * A municipality's own contact (a partner for chosen municipalities), published by the owners:
 * shown to a user who chose that municipality, marked and with the picker to a user who chose
 * none, and nowhere to a user of another municipality.
 */
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
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
  // The summary too: marked, with the picker.
  await openApp(page, `${deployment.url}/locatie/einde`);
  await expect(screen(page).locator('.summary-row').filter({ hasText: KATWIJK_PARTNER.name })).toContainText('Alleen voor Katwijk');
  await expect(screen(page).getByLabel('Uw gemeente')).toBeVisible();
  await openApp(page, `${deployment.url}/locatie/${KATWIJK_PARTNER.step}`);
  await screen(page).getByLabel('Uw gemeente').selectOption('Katwijk');
  await expect(call(page)).toBeVisible();
  await expect(screen(page).getByLabel('Uw gemeente')).toHaveCount(0);
  await openApp(page, `${deployment.url}/partners`);
  await expect(screen(page).getByRole('heading', { name: KATWIJK_PARTNER.name })).toBeVisible();
});

test("a user in Delft never sees Katwijk's contact: not on the outcome, the summary, Alle partners, its filter or the whole map", { tag: '@engines' }, async ({ page }) => {
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
  await expect(screen(page).getByText('Sommige partners zijn er alleen voor bepaalde gemeenten.')).toBeVisible();
  await expect(screen(page).getByRole('heading', { name: KATWIJK_PARTNER.name })).toBeVisible();
  await screen(page).getByLabel('Uw gemeente').selectOption('Leiden');
  await expect(screen(page).getByRole('heading', { name: KATWIJK_PARTNER.name })).toHaveCount(0);
  await expect(screen(page).getByText('Sommige partners zijn er alleen voor bepaalde gemeenten.')).toHaveCount(0);
});

test('on a 360 × 640 phone with no municipality chosen, the picker and the marked contact still leave the call button on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await openApp(page, `${deployment.url}/locatie/${KATWIJK_PARTNER.step}`);
  await expect(screen(page).getByLabel('Uw gemeente')).toBeVisible();
  const [call, bar] = await Promise.all([screen(page).locator('a[href^="tel:"], a[href^="mailto:"]').first().boundingBox(), page.locator('.way-on').boundingBox()]);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(call!.y + call!.height).toBeLessThanOrEqual(bar!.y);
});

test('the screens with the picker and the marked contact, and the step with no partner for Delft, have no WCAG 2.2 AA violations (axe)', async ({ page }) => {
  test.setTimeout(90_000);
  const axe = async () => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .options({ rules: { 'target-size': { enabled: true } } })
      .analyze();
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  };
  for (const path of [`/locatie/${KATWIJK_PARTNER.step}`, '/partners', '/routekaart', '/instellingen']) {
    await openApp(page, `${deployment.url}${path}`);
    expect(await axe(), path).toEqual([]);
  }
  const data = withKatwijkPartner(shipped);
  const step = data.routes.locatie.steps[KATWIJK_PARTNER.step];
  if (step.type === 'outcome') step.partners = [KATWIJK_PARTNER.id];
  writeFileSync(join(deployment.root, 'data', 'routekaart.json'), JSON.stringify({ ...data, version: data.version + 1 }));
  await openApp(page, `${deployment.url}/`);
  await expect(screen(page).getByRole('status').filter({ hasText: 'De app heeft nieuwe contactgegevens' })).toBeVisible();
  await chooseInSettings(page, 'Delft');
  await openApp(page, `${deployment.url}/locatie/${KATWIJK_PARTNER.step}`);
  await expect(heading(page)).toHaveText('Bij deze stap is er geen partner voor Delft');
  expect(await axe()).toEqual([]);
});
