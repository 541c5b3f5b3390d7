/**
 * The maintainers' editor at /beheer: a contact change checked as it is typed, previewed on the
 * real screens, kept as a draft, downloaded as a file the build's own check accepts, and
 * published to an installed app that then shows it offline.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import { expect, test } from './test';
import { appReady, EMAIL, expectEmergencyCall, openApp, PERSON_QUESTIONS, PHONE, screen, TEL, waitForOffline } from './map';
import { deployCopyOfBuild, type Deployment } from './static-server';
import { dutchDate, NEWER, shipped } from './data';
import { versionDate } from '../src/routemap/version';

test.use({ viewport: { width: 1280, height: 900 } });

let deployment: Deployment;
let pageErrors: Error[];
let allowedErrors: RegExp | undefined;

test.beforeEach(async ({ page }) => {
  deployment = await deployCopyOfBuild();
  pageErrors = [];
  allowedErrors = undefined;
  page.on('pageerror', (error) => pageErrors.push(error));
});
test.afterEach(async () => {
  const unexpected = pageErrors.filter((error) => !allowedErrors?.test(`${error.name}: ${error.message} ${error.stack ?? ''}`));
  expect(unexpected, 'uncaught exceptions or unhandled rejections').toEqual([]);
  await deployment.close();
});

const published = JSON.parse(readFileSync('data/routekaart.json', 'utf8')) as { version: number };

/** Opens /beheer and waits for its preview frame too, so no test ends (or goes offline) while the frame still loads. */
async function openEditor(page: Page): Promise<void> {
  await openApp(page, `${deployment.url}/beheer`);
  await expect(page.getByRole('heading', { level: 1, name: /^(Routekaart beheren|Manage the route map)$/ })).toBeVisible();
  await expect(page.frameLocator('iframe.preview-frame').locator('#app[data-ready] main h1')).toBeVisible();
}

/** The field app installed first (a service worker controls it, ready offline), then the maintainer opens /beheer. */
async function openEditorOverInstalledApp(page: Page): Promise<void> {
  await openApp(page, `${deployment.url}/`);
  await waitForOffline(page);
  await openEditor(page);
}

/** Downloads the draft, has the build's own check accept it, and publishes it to the host: the installed app takes it, then goes offline. */
async function downloadAndPublish(page: Page, context: BrowserContext, testInfo: TestInfo): Promise<void> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download routekaart.json' }).click();
  const file = testInfo.outputPath('routekaart.json');
  await (await downloading).saveAs(file);
  expect(execFileSync('npx', ['tsx', 'scripts/check-data.ts', file], { encoding: 'utf8' })).toContain('no problems');
  copyFileSync(file, join(deployment.root, 'data', 'routekaart.json'));
  await openApp(page, `${deployment.url}/`);
  await expect(screen(page).getByRole('status').filter({ hasText: 'De app heeft nieuwe contactgegevens' })).toBeVisible();
  await context.setOffline(true);
}

function shopMobile(page: Page) {
  return page.locator('details[data-partner="shop"]').getByRole('group', { name: 'Telefoon 2' }).getByLabel('Telefoon', { exact: true });
}

async function openShop(page: Page): Promise<void> {
  await page.locator('details[data-partner="shop"] > summary').click();
  await expect(shopMobile(page)).toBeVisible();
}

test('a new mobile number for SHOP is checked as typed, shown on the real screen, listed as a change and kept as a draft', { tag: '@engines' }, async ({ page }) => {
  await openEditor(page);
  await openShop(page);
  const field = shopMobile(page);
  await expect(field).toHaveValue(PHONE.shop[1]);

  // Wrong: marked on the field, listed at the top, and the download is blocked.
  await field.fill('06-1234');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // Described by its help text, then by the problem.
  const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
  await expect(page.locator(`#${describedBy[0]}`)).toHaveText(/^Schrijf het nummer zoals op de papieren routekaart: 10 cijfers/);
  const message = page.locator(`#${describedBy[1]}`);
  await expect(message).toHaveText(/^Dit is geen geldig Nederlands telefoonnummer\. Kijk of er geen cijfer te veel of te weinig is\. De app neemt alleen /);
  const summary = page.locator('#problemen');
  await expect(summary.getByRole('heading')).toHaveText('Nog 1 fout. Downloaden kan pas als die is opgelost.');
  await expect(summary.getByRole('link', { name: 'SHOP — Telefoon 2' })).toBeVisible();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Download routekaart.json' }).click();
  await expect(summary).toBeFocused();
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);

  // Right: no mark, the preview's real outcome screen shows it, the change summary says old → new.
  await field.fill('06-12345678');
  await expect(field).not.toHaveAttribute('aria-invalid');
  await expect(summary.getByRole('heading')).toHaveText('Geen fouten: u kunt het bestand downloaden.');
  await page.getByLabel('Scherm').selectOption({ label: 'Identificeerbaar slachtoffer (persoon) — Naar SHOP' });
  const preview = page.frameLocator('iframe.preview-frame');
  await expect(preview.locator('main a[href="tel:+31612345678"]')).toBeVisible();
  await expect(preview.locator('main')).toContainText('Gecontroleerd op');
  // Led by what changes for whom a worker reaches (the list check-data --against prints too), then field by field.
  await expect(page.locator('#wijzigingen .changes--reach li')).toHaveText([`SHOP — Telefoon 2: ${PHONE.shop[1]} → 06-12345678`]);
  await expect(page.locator('#wijzigingen .changes:not(.changes--reach)')).toContainText(`SHOP — Telefoon 2: ${PHONE.shop[1]} → 06-12345678`);

  // The draft survives a reload.
  await page.reload();
  await appReady(page);
  await openShop(page);
  await expect(shopMobile(page)).toHaveValue('06-12345678');
});

/** A version as /beheer names it: "versie 2026112902 van 29 november 2026". */
const versionInWords = (version: number) => `versie ${version} van ${dutchDate(versionDate(version)!)}`;

test('/beheer says which version the draft starts from: online the live one, offline the copy on this device', async ({ page, context }) => {
  await openEditorOverInstalledApp(page);
  const start = page.locator('#concept-begin');
  await expect(start).toContainText(`Uw concept begint bij ${versionInWords(shipped.version)}. Dat is de versie die nu online staat.`);
  await openShop(page);
  await shopMobile(page).fill('06-12345678');
  await expect(start).toContainText('Concept bewaard op dit apparaat');

  await context.setOffline(true);
  await openEditor(page);
  await expect(start).toContainText(
    `Uw concept begint bij ${versionInWords(shipped.version)}: de kopie op dit apparaat. De app kan nu niet zien of er online een nieuwere versie staat. Daarvoor is internet nodig.`,
  );
  await openShop(page);
  await expect(shopMobile(page)).toHaveValue('06-12345678');
});

test('a draft begun before a newer version was published is refused for download, with the reason; begun again, it starts from that version', async ({ page }) => {
  await openEditor(page);
  await openShop(page);
  await shopMobile(page).fill('06-12345678');
  await expect(page.locator('#concept-begin')).toContainText('Concept bewaard op dit apparaat');

  // Meanwhile another file went live, with a new number for the Zorg- en Veiligheidshuis Haaglanden.
  const newer = structuredClone(shipped);
  newer.version = NEWER.version;
  newer.checked = NEWER.checked;
  newer.partners['zvh-haaglanden'].phones[0].number = '070-1234567';
  writeFileSync(join(deployment.root, 'data', 'routekaart.json'), JSON.stringify(newer));
  await openEditor(page);
  const refusal = page.locator('#concept-ouder');
  await expect(refusal).toHaveText(
    `Downloaden kan niet. Uw concept begint bij ${versionInWords(shipped.version)}. Maar ${versionInWords(NEWER.version)} is al gepubliceerd. ` +
      'Publiceert u dit concept, dan zijn de wijzigingen van die nieuwere versie weg. Begin opnieuw vanaf de gepubliceerde versie en breng uw wijzigingen daarin aan. ' +
      'Bij ‘Wijzigingen’ ziet u wat er anders is.',
  );
  // What publishing it would undo stands in the summary beside the owner's own change.
  await expect(page.locator('#wijzigingen .changes--reach li')).toHaveText([
    `SHOP — Telefoon 2: ${PHONE.shop[1]} → 06-12345678`,
    `Zorg- en Veiligheidshuis Haaglanden — Telefoon 1: 070-1234567 → ${PHONE.zvhHaaglanden}`,
  ]);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Download routekaart.json' }).click();
  await expect(refusal).toBeFocused();
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Begin opnieuw vanaf de gepubliceerde versie' }).click();
  await expect(refusal).toHaveCount(0);
  await expect(page.locator('#concept-begin')).toContainText(`Uw concept begint bij ${versionInWords(NEWER.version)}. Dat is de versie die nu online staat.`);
  await openShop(page);
  await expect(shopMobile(page)).toHaveValue(PHONE.shop[1]);
});

test('a changed label is not a check: only a changed number, address or website, or the owner, stamps the partner as checked', async ({ page }) => {
  await openEditor(page);
  await openShop(page);
  const mobile = page.locator('details[data-partner="shop"]').getByRole('group', { name: 'Telefoon 2' });
  await mobile
    .getByRole('group', { name: /^Toelichting/ })
    .getByLabel('Nederlands')
    .fill('Mobiel nummer');
  const changes = page.locator('#wijzigingen');
  await expect(changes).toContainText('SHOP — Telefoon 2 — Toelichting (Nederlands)');
  await expect(changes).not.toContainText('Gecontroleerd op');

  await page.getByRole('button', { name: 'SHOP: gecontroleerd vandaag' }).click();
  await expect(changes).toContainText('SHOP — Gecontroleerd op');
});

// Chromium only: Playwright gets no download events from Firefox ESR over WebDriver BiDi.
test('the downloaded file passes check-data with a higher version, and reaches an installed app that then shows it offline', async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  await openEditorOverInstalledApp(page);
  await openShop(page);
  await shopMobile(page).fill('06-12345678');

  // Downloaded: the build's own check accepts the file unchanged, and its version is higher.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download routekaart.json' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('routekaart.json');
  const file = testInfo.outputPath('routekaart.json');
  await download.saveAs(file);
  const downloaded = JSON.parse(readFileSync(file, 'utf8'));
  expect(downloaded.version).toBeGreaterThan(published.version);
  expect(downloaded.partners.shop.phones[1].number).toBe('06-12345678');
  expect(execFileSync('npx', ['tsx', 'scripts/check-data.ts', file], { encoding: 'utf8' })).toContain('no problems');
  await expect(
    screen(page)
      .getByRole('status')
      .filter({ hasText: `Het bestand routekaart.json (versie ${downloaded.version}) staat in uw downloads.` }),
  ).toBeVisible();

  // Published on the host: the installed app takes it on its next launch with network, and keeps it offline.
  copyFileSync(file, join(deployment.root, 'data', 'routekaart.json'));
  await openApp(page, `${deployment.url}/`);
  await expect(screen(page).getByRole('status').filter({ hasText: 'De app heeft nieuwe contactgegevens' })).toBeVisible();
  await context.setOffline(true);
  await openApp(page, `${deployment.url}/persoon/ondersteuning-shop`);
  await expect(screen(page).locator('a[href="tel:+31612345678"]')).toBeVisible();
  await expect(screen(page).getByText(PHONE.shop[1])).toHaveCount(0);
  await expect(screen(page).locator('[data-partner="shop"]')).toContainText(/Gecontroleerd op \d{1,2} \w+ \d{4}/);

  // And the editor itself works offline once opened.
  await openEditor(page);
});

test('an imported file is checked first; "Begin opnieuw" goes back to the published version', { tag: '@engines' }, async ({ page }) => {
  await openEditor(page);
  const input = page.locator('input[type="file"]');

  await input.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "routes": ') });
  await expect(screen(page).getByRole('status').filter({ hasText: 'Dit is geen routekaart-bestand (geen geldige JSON).' })).toBeVisible();

  const colleague = JSON.parse(readFileSync('data/routekaart.json', 'utf8'));
  colleague.partners.riec.emails[0].address = 'riec@';
  await input.setInputFiles({ name: 'concept-collega.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(colleague)) });
  await expect(screen(page).getByRole('status').filter({ hasText: 'Geïmporteerd: concept-collega.json. Het is nu uw concept.' })).toBeVisible();
  // Its problem shows on its field, and in the summary.
  await expect(page.locator('#problemen').getByRole('link', { name: 'RIEC — E-mail 1' })).toBeVisible();
  await page.locator('#problemen').getByRole('link', { name: 'RIEC — E-mail 1' }).click();
  const email = page.locator('details[data-partner="riec"]').getByLabel('E-mail', { exact: true });
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute('aria-invalid', 'true');

  const broken = JSON.parse(readFileSync('data/routekaart.json', 'utf8'));
  broken.routes.persoon.steps.acuut.yes = 'nergens';
  await input.setInputFiles({ name: 'stuk.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(screen(page).getByRole('status').filter({ hasText: 'Dit bestand kan de app niet gebruiken:' })).toBeVisible();
  await expect(screen(page).getByRole('status').filter({ hasText: 'routes.persoon.steps.acuut.yes' })).toBeVisible();
  await expect(email).toHaveValue('riec@');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Begin opnieuw vanaf de gepubliceerde versie' }).click();
  await expect(screen(page).getByRole('status').filter({ hasText: 'Het concept is weggegooid.' })).toBeVisible();
  await page.locator('details[data-partner="riec"] > summary').click();
  await expect(page.locator('details[data-partner="riec"]').getByLabel('E-mail', { exact: true })).toHaveValue(EMAIL.riec);
  await expect(page.locator('#wijzigingen')).toContainText('Nog geen wijzigingen');
});

test('an owner adds a partner, checked as it is filled in; a partner a route still names cannot be removed, a new one can', { tag: '@engines' }, async ({ page }) => {
  await openEditor(page);
  await page.getByLabel('Naam van de nieuwe partner').fill('Stichting Voorbeeld');
  await page.getByRole('button', { name: 'Voeg de partner toe' }).click();
  // Its form opens with the cursor in its name; its id comes from the name, once.
  const added = page.locator('details[data-partner="stichting-voorbeeld"]');
  await expect(added).toHaveAttribute('open', '');
  await expect(added.getByLabel('Naam', { exact: true })).toBeFocused();
  await expect(added.getByLabel('Naam', { exact: true })).toHaveValue('Stichting Voorbeeld');
  // Not publishable until it says who it is and how to reach it.
  await expect(page.locator('#problemen')).toContainText('Stichting Voorbeeld');
  await added
    .getByRole('group', { name: /^Wie is het/ })
    .getByLabel('Nederlands')
    .fill('Een verzonnen partner voor deze test');
  await added
    .getByRole('group', { name: /^Wie is het/ })
    .getByLabel('Engels')
    .fill('A made-up partner for this test');
  await added
    .getByRole('group', { name: /^Waarvoor neemt u contact op/ })
    .getByLabel('Nederlands')
    .fill('Voor niets: alleen voor de test.');
  await added
    .getByRole('group', { name: /^Waarvoor neemt u contact op/ })
    .getByLabel('Engels')
    .fill('For nothing: only for the test.');
  await added.getByRole('button', { name: 'Telefoonnummer toevoegen' }).click();
  await added.getByRole('group', { name: 'Telefoon 1' }).getByLabel('Telefoon', { exact: true }).fill('070-1234567');
  await expect(page.locator('#problemen')).toContainText('Geen fouten');
  // For chosen municipalities: at least one, and the change summary says which.
  const scope = added.getByRole('group', { name: 'Voor wie is deze partner?' });
  await scope.getByRole('radio', { name: 'Voor bepaalde gemeenten' }).check();
  await expect(page.locator('#problemen')).toContainText('Kies minstens één gemeente.');
  await scope.getByRole('checkbox', { name: 'Katwijk' }).check();
  await scope.getByRole('checkbox', { name: 'Noordwijk' }).check();
  await expect(page.locator('#problemen')).toContainText('Geen fouten');
  await expect(page.locator('#wijzigingen .changes--reach li')).toHaveText([
    'Partner ‘Stichting Voorbeeld’ toegevoegd, voor Katwijk en Noordwijk',
    'Stichting Voorbeeld — Telefoon 1: — → 070-1234567',
  ]);

  // Removing SHOP is refused in plain words: a route still sends people there.
  await openShop(page);
  await page.getByRole('button', { name: 'Verwijder deze partner: SHOP', exact: true }).click();
  await expect(page.locator('details[data-partner="shop"]').getByRole('status')).toContainText(
    'U kunt SHOP nog niet verwijderen. Deze partner staat nog in de routes: route ‘Identificeerbaar slachtoffer (persoon)’, vraag 3. Haal de partner daar eerst weg, onder Routes en vragen.',
  );
  await expect(page.locator('details[data-partner="shop"]')).toHaveCount(1);

  // The new partner, named by no route, is pointed out (not blocked), and can go again.
  await expect(added.getByText('Geen route stuurt mensen naar deze partner.')).toBeVisible();
  await expect(page.locator('.problems--warning li')).toHaveText(['Stichting Voorbeeld: Geen route stuurt mensen naar deze partner. De partner staat wel bij Alle partners.']);
  page.once('dialog', (dialog) => void dialog.accept());
  await added.getByRole('button', { name: 'Verwijder deze partner: Stichting Voorbeeld', exact: true }).click();
  await expect(added).toHaveCount(0);
  await expect(page.locator('#wijzigingen')).toContainText('Nog geen wijzigingen');
});

test('an owner adds a partner for Katwijk and a question to the person route whose Ja leads to it; published, the app walks it there for Katwijk and not for Delft', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  await openEditorOverInstalledApp(page);

  // A new partner, with what the validator asks for.
  await page.getByLabel('Naam van de nieuwe partner').fill('Stichting Voorbeeld');
  await page.getByRole('button', { name: 'Voeg de partner toe' }).click();
  const partner = page.locator('details[data-partner="stichting-voorbeeld"]');
  await partner
    .getByRole('group', { name: /^Wie is het/ })
    .getByLabel('Nederlands')
    .fill('Een verzonnen partner voor deze test');
  await partner
    .getByRole('group', { name: /^Wie is het/ })
    .getByLabel('Engels')
    .fill('A made-up partner for this test');
  await partner
    .getByRole('group', { name: /^Waarvoor neemt u contact op/ })
    .getByLabel('Nederlands')
    .fill('Voor niets: alleen voor de test.');
  await partner
    .getByRole('group', { name: /^Waarvoor neemt u contact op/ })
    .getByLabel('Engels')
    .fill('For nothing: only for the test.');
  await partner.getByRole('button', { name: 'Telefoonnummer toevoegen' }).click();
  await partner.getByRole('group', { name: 'Telefoon 1' }).getByLabel('Telefoon', { exact: true }).fill('070-1234567');
  // For Katwijk only: at least one municipality is asked for.
  const scope = partner.getByRole('group', { name: 'Voor wie is deze partner?' });
  await scope.getByRole('radio', { name: 'Voor bepaalde gemeenten' }).check();
  await expect(page.locator('#problemen')).toContainText('Kies minstens één gemeente. Of kies ‘Voor iedereen’.');
  await scope.getByRole('checkbox', { name: 'Katwijk' }).check();
  await expect(page.locator('#problemen')).toContainText('Geen fouten');

  // A question between "Nee" at question 3 and question 4.
  const route = page.locator('details[data-route="persoon"]');
  await route.locator('> summary').click();
  const third = route.locator('[data-step="ondersteuning"]');
  await third.locator('.editor-link').filter({ hasText: 'Bij Nee' }).getByRole('button', { name: 'Zet hier een nieuwe vraag tussen' }).click();
  const question = route.locator('[data-step="vraag"]');
  await expect(question.getByRole('group', { name: 'Vraag 4', exact: true }).getByLabel('Nederlands')).toBeFocused();
  await question.getByRole('group', { name: 'Vraag 4', exact: true }).getByLabel('Nederlands').fill('Is er een testvraag?');
  await question.getByRole('group', { name: 'Vraag 4', exact: true }).getByLabel('Engels').fill('Is there a test question?');
  // Its Ja: partners put in between, the new partner chosen.
  await question.locator('.editor-link').filter({ hasText: 'Bij Ja' }).getByRole('button', { name: 'Zet hier partners tussen' }).click();
  const outcome = route.locator('[data-step="partners"]');
  await expect(page.locator('#problemen')).toContainText('Kies minstens één partner voor deze stap.');
  await outcome.getByLabel('Partner toevoegen aan deze stap').selectOption({ label: 'Stichting Voorbeeld' });
  await expect(page.locator('#problemen')).toContainText('Geen fouten');
  // Only Katwijk's partner at that step: pointed out, since users elsewhere see nobody there.
  await expect(page.locator('.problems--warning li')).toHaveText([/Partners bij vraag 4: Hier staan alleen partners voor bepaalde gemeenten\./]);

  // The diagram draws it, in the map's order, with its partner.
  const diagram = page.locator('.editor-diagram');
  await expect(diagram.getByRole('heading', { level: 3 })).toHaveText([
    `Vraag 1 ${PERSON_QUESTIONS[0]}`,
    `Vraag 2 ${PERSON_QUESTIONS[1]}`,
    `Vraag 3 ${PERSON_QUESTIONS[2]}`,
    'Vraag 4 Is er een testvraag?',
    `Vraag 5 ${PERSON_QUESTIONS[3]}`,
  ]);
  await expect(diagram.getByRole('heading', { level: 4, name: /^Stichting Voorbeeld/ })).toBeVisible();
  await expect(diagram.locator('.map-partner').filter({ hasText: 'Stichting Voorbeeld' })).toContainText('Alleen voor Katwijk');
  // The preview walks the new structure: the outcome names the partner, and whom it is for.
  await page.getByLabel('Scherm').selectOption({ label: 'Identificeerbaar slachtoffer (persoon) — Naar Stichting Voorbeeld' });
  const preview = page.frameLocator('iframe.preview-frame');
  await expect(preview.locator('main a[href="tel:+31701234567"]')).toBeVisible();
  await expect(preview.locator('main')).toContainText('Alleen voor Katwijk');
  // The change summary says where answers now lead, by the steps' texts.
  await expect(page.locator('#wijzigingen')).toContainText('Bij Nee gaat de route naar: Vraag 4: Maakt u zich toch');
  await expect(page.locator('#wijzigingen .changes--reach li')).toHaveText([
    'Partner ‘Stichting Voorbeeld’ toegevoegd, voor Katwijk',
    'Stichting Voorbeeld — Telefoon 1: — → 070-1234567',
    `Nieuw in route ‘Identificeerbaar slachtoffer (persoon)’: Vraag 4: Is er een testvraag? (na Nee bij ‘${PERSON_QUESTIONS[2].slice(0, 57)}…’)`,
    'Nieuw in route ‘Identificeerbaar slachtoffer (persoon)’: Naar Stichting Voorbeeld (na Ja bij ‘Is er een testvraag?’)',
    `Routes en vragen: ‘Identificeerbaar slachtoffer (persoon)’ — Vraag 3 — Bij Nee gaat de route naar: Vraag 4: ${PERSON_QUESTIONS[3].slice(0, 57)}… → Vraag 4: Is er een testvraag?`,
  ]);

  // Published: the installed app walks the new question to the new partner, offline too.
  await downloadAndPublish(page, context, testInfo);
  await openApp(page, `${deployment.url}/persoon/ondersteuning`);
  await screen(page).getByRole('button', { name: 'Nee', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is er een testvraag?');
  await screen(page).getByRole('button', { name: 'Ja', exact: true }).click();
  // No municipality chosen yet: the partner of your municipality, whose it is, and the picker.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neem contact op met de partner van uw gemeente');
  await expect(screen(page).getByText('Alleen voor Katwijk')).toBeVisible();
  await screen(page).getByLabel('Uw gemeente').selectOption('Katwijk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neem contact op met Stichting Voorbeeld');
  await expect(screen(page).locator('a[href="tel:+31701234567"]')).toBeVisible();
  await expect(screen(page).getByRole('heading', { name: 'Stichting Voorbeeld', exact: true })).toBeVisible();

  // Delft: not on the outcome, not in Alle partners; the route goes on.
  await screen(page).getByRole('link', { name: 'Wijzigen' }).click();
  await page.getByRole('searchbox', { name: 'Zoek uw gemeente' }).fill('delf');
  await page.getByRole('radio', { name: /^Delft/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Gekozen: Delft' })).toBeVisible();
  await openApp(page, `${deployment.url}/persoon/partners`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bij deze stap is er geen partner voor Delft');
  await expect(screen(page).locator('a[href="tel:+31701234567"]')).toHaveCount(0);
  await expect(screen(page).getByText('Stichting Voorbeeld')).toHaveCount(0);
  await expect(screen(page).getByRole('button', { name: /^Volgende vraag/ })).toBeVisible();
  await openApp(page, `${deployment.url}/partners`);
  await expect(screen(page).getByRole('heading', { name: 'SHOP', exact: true })).toBeVisible();
  await expect(screen(page).getByText('Stichting Voorbeeld')).toHaveCount(0);
});

test('a question put under the Ja of question 2 is "Vraag 2a" in the editor\'s label and diagram, on its step screen and on De hele routekaart', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  await openEditorOverInstalledApp(page);
  const route = page.locator('details[data-route="locatie"]');
  await route.locator('> summary').click();
  await route.locator('[data-step="prostitutie"] .editor-link').filter({ hasText: 'Bij Ja' }).getByRole('button', { name: 'Zet hier een nieuwe vraag tussen' }).click();
  const text = route.locator('[data-step="vraag"]').getByRole('group', { name: 'Vraag 2a', exact: true });
  await expect(text.getByLabel('Nederlands')).toBeFocused();
  await text.getByLabel('Nederlands').fill('Is er een testvraag?');
  await text.getByLabel('Engels').fill('Is there a test question?');
  await expect(page.locator('#problemen')).toContainText('Geen fouten');
  // The diagram: the new question drawn after question 2, which leads to it, named the same.
  const diagram = page.locator('.editor-diagram');
  await expect(diagram.locator('.map-box[data-highlight]')).toContainText('Vraag 2a Is er een testvraag?');
  await expect(diagram.locator('.map-number')).toHaveText(['Vraag 1', 'Vraag 2', 'Vraag 2a', 'Vraag 3', 'Vraag 4', 'Vraag 5']);
  // The real step screen in the preview.
  await page.getByLabel('Scherm').selectOption({ label: 'Locatie — Vraag 2a: Is er een testvraag?' });
  await expect(page.frameLocator('iframe.preview-frame').locator('main .progress')).toHaveText('Locatie · Vraag 2a van 5');

  await downloadAndPublish(page, context, testInfo);
  await openApp(page, `${deployment.url}/locatie/prostitutie`);
  await expect(screen(page).locator('.progress')).toHaveText('Locatie · Vraag 2 van 5');
  await screen(page).getByRole('button', { name: 'Ja', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is er een testvraag?');
  await expect(screen(page).locator('.progress')).toHaveText('Locatie · Vraag 2a van 5');
  await openApp(page, `${deployment.url}/routekaart`);
  const drawn = screen(page)
    .locator('.map-route')
    .filter({ has: page.getByRole('heading', { level: 2, name: 'Locatie' }) });
  await expect(drawn.getByRole('heading', { level: 3, name: /Is er een testvraag\?/ })).toHaveText('Vraag 2a Is er een testvraag?');
  await expect(drawn.locator('.map-answer--yes').nth(1).locator('.map-to')).toHaveText('naar vraag 2a');
});

test('an owner adds a route whose first question leads to a choice, and takes another route off; published, the app offers and walks the new route', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  await openEditorOverInstalledApp(page);

  await page.getByLabel('Titel van de nieuwe route').fill('Testroute');
  await page.getByRole('button', { name: 'Voeg de route toe' }).click();
  const route = page.locator('details[data-route="testroute"]');
  const when = route.getByRole('group', { name: 'Wanneer' });
  await expect(when.getByLabel('Nederlands')).toBeFocused();
  await route.getByRole('group', { name: 'Titel' }).getByLabel('Engels').fill('Test route');
  await when.getByLabel('Nederlands').fill('Alleen voor de test.');
  await when.getByLabel('Engels').fill('Only for the test.');
  const first = route.locator('[data-step="vraag"]');
  await first.getByRole('group', { name: 'Vraag 1', exact: true }).getByLabel('Nederlands').fill('Is dit een test?');
  await first.getByRole('group', { name: 'Vraag 1', exact: true }).getByLabel('Engels').fill('Is this a test?');

  // Its Ja: a choice of two; the first option to SHOP, the second to the end.
  await first.locator('.editor-link').filter({ hasText: 'Bij Ja' }).getByRole('button', { name: 'Zet hier een keuzevraag tussen' }).click();
  const choice = route.locator('[data-step="keuze"]');
  await expect(choice.getByRole('group', { name: 'Keuzevraag' }).getByLabel('Nederlands')).toBeFocused();
  await choice.getByRole('group', { name: 'Keuzevraag' }).getByLabel('Nederlands').fill('Welke test?');
  await choice.getByRole('group', { name: 'Keuzevraag' }).getByLabel('Engels').fill('Which test?');
  for (const [i, nl, en] of [
    [1, 'Een test met SHOP', 'A test with SHOP'],
    [2, 'Een andere test', 'Another test'],
  ] as const) {
    const option = choice.getByRole('group', { name: `Keuze ${i}`, exact: true });
    await option.getByLabel('Nederlands').fill(nl);
    await option.getByLabel('Engels').fill(en);
  }
  // A third option, and out again: focus goes on to the option now in its place.
  await choice.getByRole('button', { name: 'Keuze toevoegen' }).click();
  await expect(choice.getByRole('group', { name: 'Keuze 3', exact: true }).getByLabel('Nederlands')).toBeFocused();
  await choice.getByRole('button', { name: 'Verwijder keuze 3: Keuze 3' }).click();
  await expect(choice.getByRole('group', { name: 'Keuze 2', exact: true }).getByLabel('Nederlands')).toBeFocused();
  await expect(choice.getByRole('button', { name: /^Verwijder keuze/ })).toHaveCount(0);
  await choice.locator('.editor-link').filter({ hasText: 'Bij ‘Een test met SHOP’' }).getByRole('button', { name: 'Zet hier partners tussen' }).click();
  await route.locator('[data-step="partners"]').getByLabel('Partner toevoegen aan deze stap').selectOption({ label: 'SHOP' });
  await expect(page.locator('#problemen')).toContainText('Geen fouten');
  const diagram = page.locator('.editor-diagram');
  await expect(diagram.getByLabel('Welke route')).toHaveValue('testroute');
  await expect(diagram.locator('.map-box--choice')).toContainText('Welke test?');

  // The location route taken off the map.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('details[data-route="locatie"] > summary').click();
  await page.getByRole('button', { name: 'Verwijder deze route: Locatie', exact: true }).click();
  await expect(page.locator('details[data-route="locatie"]')).toHaveCount(0);
  await expect(page.getByLabel('Titel van de nieuwe route')).toBeFocused();
  await expect(page.locator('#wijzigingen .changes--reach li')).toHaveText(['Route ‘Testroute’ toegevoegd', 'Route ‘Locatie’ verwijderd']);

  await downloadAndPublish(page, context, testInfo);
  await expect(screen(page).locator('a.route-entry')).toHaveCount(2);
  await screen(page).locator('a.route-entry').filter({ hasText: 'Testroute' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is dit een test?');
  await screen(page).getByRole('button', { name: 'Ja', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welke test?');
  await screen(page).getByRole('button', { name: 'Een test met SHOP' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neem contact op met SHOP');
  await expect(screen(page).locator(`a[href="${TEL.shop[0]}"]`)).toBeVisible();
  // A link into the route taken off still opens a screen with 112.
  await openApp(page, `${deployment.url}/locatie/arbeid`);
  await expectEmergencyCall(page);
});

test('a partner\'s municipality renamed in its region stays ticked under "Niet (meer) in een regio", named as a problem, until unticked', async ({ page }) => {
  await openEditor(page);
  await openShop(page);
  const scope = page.locator('details[data-partner="shop"]').getByRole('group', { name: 'Voor wie is deze partner?' });
  await scope.getByRole('radio', { name: 'Voor bepaalde gemeenten' }).check();
  await scope.getByRole('checkbox', { name: 'Katwijk' }).check();
  const region = page.locator('#kop-regios + details, section[aria-labelledby="kop-regios"] details').filter({ hasText: 'Hollands Midden' }).first();
  await region.locator('> summary').click();
  const list = region.getByLabel('Gemeenten');
  await list.fill((await list.inputValue()).replace('Katwijk', 'Katwijk aan Zee'));
  const problem = 'Deze gemeente staat niet meer bij een regio. Haal het vinkje weg, of zet de gemeente terug bij Regio’s en gemeenten.';
  await expect(page.locator('#problemen')).toContainText(problem);
  const stale = scope.getByRole('group', { name: 'Niet (meer) in een regio' });
  await expect(stale.getByRole('checkbox', { name: 'Katwijk', exact: true })).toBeChecked();
  await expect(scope.getByRole('checkbox', { name: 'Katwijk aan Zee' })).not.toBeChecked();
  // The problem's link lands on the municipalities.
  await page.locator('#problemen').getByRole('link', { name: 'SHOP — Gemeenten' }).click();
  await expect(scope.getByRole('group', { name: 'Gemeenten' })).toBeFocused();
  // Unticked, it is gone: nothing left that no region has.
  await stale.getByRole('checkbox', { name: 'Katwijk', exact: true }).click();
  await expect(stale).toHaveCount(0);
  await expect(page.locator('#problemen')).toContainText('Kies minstens één gemeente.');
  await scope.getByRole('checkbox', { name: 'Katwijk aan Zee' }).check();
  await expect(page.locator('#problemen')).toContainText('Geen fouten');
});

test('an answer relinked into a loop is refused in plain words at the step it loops to; the download waits and the preview keeps the last good version', {
  tag: '@engines',
}, async ({ page }) => {
  await openEditor(page);
  await page.locator('details[data-route="persoon"] > summary').click();
  const then = page.locator('details[data-route="persoon"] [data-step="ondersteuning-shop"]').getByLabel('Daarna gaat de route naar');
  await then.selectOption({ label: `Vraag 1: ${PERSON_QUESTIONS[0]}` });
  const loop = 'Hier loopt de route in een kring: een antwoord verderop leidt terug naar deze stap. Kies bij dat antwoord een andere stap.';
  const summary = page.locator('#problemen');
  await expect(summary.getByRole('heading')).toHaveText('Nog 1 fout. Downloaden kan pas als die is opgelost.');
  await expect(summary.getByRole('link', { name: /Vraag 1$/ })).toBeVisible();
  await expect(page.locator('details[data-route="persoon"] [data-step="acuut"]')).toContainText(loop);
  await expect(page.getByText('Het voorbeeld toont de laatste versie zonder fouten.')).toBeVisible();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Download routekaart.json' }).click();
  await expect(summary).toBeFocused();
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);

  // Back to where it went: no problem left.
  await then.selectOption({ label: (await then.locator('option[value="zorgen"]').textContent())! });
  await expect(summary.getByRole('heading')).toHaveText('Geen fouten: u kunt het bestand downloaden.');
  await expect(page.locator('details[data-route="persoon"] [data-step="acuut"]')).not.toContainText(loop);
});

test('beside the forms, the route being edited is drawn from the draft, the step in focus marked', async ({ page }) => {
  await openEditor(page);
  const diagram = page.locator('.editor-diagram');
  await expect(diagram.getByRole('heading', { level: 3 })).toHaveCount(4);
  await page.locator('details[data-route="locatie"] > summary').click();
  const question = page.locator('details[data-route="locatie"] [data-step="arbeid"]').getByRole('group', { name: 'Vraag 3', exact: true }).getByLabel('Nederlands');
  await question.fill('Is er een testvraag over werk?');
  // The other route, drawn as typed, with that question marked.
  await expect(diagram.getByLabel('Welke route')).toHaveValue('locatie');
  const marked = diagram.locator('.map-box[data-highlight]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText('Vraag 3 Is er een testvraag over werk?');
  // Lower in the route: the column beside the forms scrolls to it.
  await page.locator('details[data-route="locatie"] [data-step="ondermijning"]').getByRole('group', { name: 'Vraag 5', exact: true }).getByLabel('Nederlands').focus();
  await expect(marked).toContainText('Vraag 5');
  await expect
    .poll(async () => {
      const [box, column] = await Promise.all([marked.boundingBox(), page.locator('.editor__aside').boundingBox()]);
      return box !== null && column !== null && box.y >= column.y && box.y + box.height <= column.y + column.height;
    })
    .toBe(true);
});

for (const [language, colorScheme] of [
  ['nl', 'light'],
  ['en', 'dark'],
] as const) {
  test(`the editor has no WCAG 2.2 AA violations (axe), all sections open and a problem shown, ${language}, ${colorScheme}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.addInitScript((lang) => localStorage.setItem('signalenroutekaart.language', lang), language);
    await openEditor(page);
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    await shopMobile(page)
      .or(page.locator('details[data-partner="shop"]').getByRole('group', { name: 'Phone 2' }).getByLabel('Phone', { exact: true }))
      .fill('06-1');
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(1);
    // SHOP for chosen municipalities, none ticked yet: its checkboxes and their problem checked too.
    await page.locator('details[data-partner="shop"] .editor-scope input[type="radio"]').nth(2).check();
    await expect(page.locator('details[data-partner="shop"] .editor-municipalities input[type="checkbox"]')).toHaveCount(27);
    await expect(page.frameLocator('iframe.preview-frame').locator('#app[data-ready] main h1')).toBeVisible();
    // Filling a field scrolled the page: at the top, the sticky header covers nothing (axe would
    // count a field half under it, wherever the scroll happened to stop).
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    const untranslated = /\bbeheer:[a-z]|\b(?:field|problem|preview|changes|publish|section)\.[a-z][A-Za-z]+\b/.exec(await page.locator('body').innerText());
    expect(untranslated).toBeNull();
  });
}

test('field users never download the editor; once a maintainer opened it, it works offline', { tag: '@engines' }, async ({ page, context }) => {
  const editorFiles = () =>
    page.evaluate(async () => {
      const cached: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) if (request.url.includes('/assets/beheer/')) cached.push(`${name}: ${request.url}`);
      }
      const loaded = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.includes('/assets/beheer/'));
      return { cached, loaded };
    });
  // Each page is left only once its idle-time loads are done: Firefox reports a module load cut
  // off by leaving the page as a page error.
  await openApp(page, `${deployment.url}/`);
  await waitForOffline(page);
  await page.waitForLoadState('networkidle');
  await openApp(page, `${deployment.url}/persoon/ondersteuning-shop`);
  await page.waitForLoadState('networkidle');
  await openApp(page, `${deployment.url}/partners`);
  await page.waitForLoadState('networkidle');
  expect(await editorFiles()).toEqual({ cached: [], loaded: [] });

  await openEditor(page);
  await expect.poll(async () => (await editorFiles()).cached.filter((entry) => entry.startsWith('beheer:')).length).toBeGreaterThan(0);
  await context.setOffline(true);
  await openEditor(page);
});

test('offline before the editor was ever opened here (as after an update renamed its files), /beheer says it needs the internet once', { tag: '@engines' }, async ({ page }) => {
  // The server gone rather than setOffline: Firefox's service worker still reaches the network then.
  const gone = await deployCopyOfBuild();
  await openApp(page, `${gone.url}/`);
  await waitForOffline(page);
  await gone.close();
  await openApp(page, `${gone.url}/beheer`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Het beheer werkt nu niet zonder internet');
  await expect(screen(page)).toContainText('Open deze pagina één keer met internet.');
  await expectEmergencyCall(page);
  // Firefox reports the editor's failed loads (expected here, and caught) as page errors; nothing else may be.
  allowedErrors = /Failed to load ‘[^’]*\/assets\/beheer\//;
});
