/**
 * The owners fill in what only they know (issue 33): in /beheer, under "Uitgever en
 * toegankelijkheid", checked as typed by the app's own rules (a wrong address refused), listed
 * as changes, downloaded, published, and shown on "Over deze app" of an installed app, offline.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { heading, openApp, screen, waitForOffline } from './map';
import { deployCopyOfBuild, type Deployment } from './static-server';

test.use({ viewport: { width: 1280, height: 900 } });

let deployment: Deployment;
test.beforeEach(async () => {
  deployment = await deployCopyOfBuild();
});
test.afterEach(async () => deployment.close());

/** The owners' facts of a made-up municipality: only for this test. */
const OWNERS = {
  name: 'Gemeente Voorbeeld (test)',
  feedback: 'toegankelijkheid@voorbeeld.nl',
  statement: 'https://www.voorbeeld.nl/toegankelijkheidsverklaring',
  status: 'B',
};

const field = (page: Page, label: string) => page.locator('section[aria-labelledby="kop-uitgever"]').getByLabel(label);
const problems = (page: Page) => page.locator('#problemen');

async function expectRefused(page: Page, label: string, value: string, message: RegExp): Promise<void> {
  await field(page, label).fill(value);
  await expect(field(page, label)).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await field(page, label).getAttribute('aria-describedby'))!.split(' ');
  await expect(page.locator(`#${describedBy.at(-1)}`)).toHaveText(message);
  await expect(problems(page).getByRole('heading')).toHaveText('Nog 1 fout. Downloaden kan pas als die is opgelost.');
  await expect(problems(page).getByRole('link', { name: `Uitgever en toegankelijkheid — ${label}` })).toBeVisible();
}

test('an owner fills in the publisher, the feedback address and the statement with its status; a wrong address is refused; published, Over deze app shows them offline', async ({
  page,
  context,
}, testInfo) => {
  await openApp(page, `${deployment.url}/`);
  await waitForOffline(page);
  await openApp(page, `${deployment.url}/beheer`);
  await expect(heading(page)).toHaveText('Routekaart beheren');

  await field(page, 'Naam van de uitgever').fill(OWNERS.name);
  // An address a mail app would split into another recipient, and one that opens another host.
  await expectRefused(page, 'E-mailadres voor meldingen', 'toegankelijkheid+app@voorbeeld.nl', /^Dit is geen goed e-mailadres\./);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Download routekaart.json' }).click();
  await expect(problems(page)).toBeFocused();
  await field(page, 'E-mailadres voor meldingen').fill(OWNERS.feedback);
  await expectRefused(page, 'Webadres van de toegankelijkheidsverklaring', 'https://www.voorbeeld.nl@evil.example/', /^Dit is geen goed webadres\./);
  await field(page, 'Webadres van de toegankelijkheidsverklaring').fill(OWNERS.statement);
  await field(page, 'Status van de toegankelijkheidsverklaring').selectOption(OWNERS.status);
  await expect(problems(page).getByRole('heading')).toHaveText('Geen fouten: u kunt het bestand downloaden.');
  expect(downloads).toBe(0);

  const changes = page.locator('#wijzigingen .changes');
  await expect(changes).toContainText(`Uitgever en toegankelijkheid — Naam van de uitgever: — → ${OWNERS.name}`);
  await expect(changes).toContainText(`Uitgever en toegankelijkheid — E-mailadres voor meldingen: — → ${OWNERS.feedback}`);
  await expect(changes).toContainText(`Uitgever en toegankelijkheid — Webadres van de toegankelijkheidsverklaring: — → ${OWNERS.statement}`);
  await expect(changes).toContainText('Uitgever en toegankelijkheid — Status van de toegankelijkheidsverklaring: — → B: voldoet gedeeltelijk');

  // Downloaded, accepted by the build's own check, published to the host.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download routekaart.json' }).click();
  const file = testInfo.outputPath('routekaart.json');
  await (await downloading).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).publisher).toEqual(OWNERS);
  expect(execFileSync('npx', ['tsx', 'scripts/check-data.ts', file], { encoding: 'utf8' })).toContain('no problems');
  copyFileSync(file, join(deployment.root, 'data', 'routekaart.json'));
  await openApp(page, `${deployment.url}/`);
  await expect(screen(page).getByRole('status').filter({ hasText: 'De app heeft nieuwe contactgegevens' })).toBeVisible();

  await context.setOffline(true);
  await openApp(page, `${deployment.url}/over`);
  await expect(heading(page)).toHaveText('Over deze app');
  await expect(screen(page).locator('.facts dt', { hasText: 'Uitgever' }).locator('xpath=following-sibling::dd[1]')).toHaveText(OWNERS.name);
  await expect(screen(page)).toContainText('De officiële toegankelijkheidsverklaring heeft status B: voldoet gedeeltelijk.');
  await expect(screen(page).getByRole('link', { name: 'Lees de toegankelijkheidsverklaring' })).toHaveAttribute('href', OWNERS.statement);
  await expect(screen(page).getByRole('heading', { name: 'Een probleem melden' })).toBeVisible();
  await expect(screen(page).getByRole('link', { name: `Stuur een mail ${OWNERS.feedback}` })).toHaveAttribute(
    'href',
    `mailto:${OWNERS.feedback}?subject=Melding%20over%20de%20app`,
  );

  await page
    .getByRole('banner')
    .getByRole('button', { name: /English|EN/ })
    .click();
  await expect(heading(page)).toHaveText('About this app');
  await expect(screen(page)).toContainText(OWNERS.name);
  await expect(screen(page)).toContainText('The official accessibility statement has status B: partially compliant.');
  await expect(screen(page).getByRole('link', { name: 'Read the accessibility statement' })).toHaveAttribute('href', OWNERS.statement);
  await expect(screen(page).getByRole('link', { name: `Send an email ${OWNERS.feedback}` })).toBeVisible();
});
