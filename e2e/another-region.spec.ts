/**
 * Nothing in the code assumes the Den Haag map: the app is built with a second, deliberately
 * different map (three routes, a choice with three options, an outcome with two partners, no
 * regions, no 112 partner, its own texts) and every route is walked to every partner.
 * The map's test-only contacts live in e2e/fixtures and never in the real data or the field UI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { dialNumber } from '../src/routemap/phone';
import type { Route, RouteMap } from '../src/routemap/types';
import { expectEmergencyCall, heading, openApp, screen } from './map';
import { deployCopyOfBuild, type Deployment } from './static-server';

const MAP_FILE = 'e2e/fixtures/andere-regio.json';
const map = JSON.parse(readFileSync(MAP_FILE, 'utf8')) as RouteMap;

let build: string;
let deployment: Deployment;

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(180_000);
  build = mkdtempSync(join(tmpdir(), 'routekaart-andere-regio-'));
  execFileSync('npx', ['vite', 'build', '--outDir', build, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, ROUTE_MAP_FILE: MAP_FILE },
    stdio: 'inherit',
  });
});
test.afterAll(() => rmSync(build, { recursive: true, force: true }));

test.beforeEach(async () => {
  deployment = await deployCopyOfBuild(build);
});
test.afterEach(async () => deployment.close());

/** The answers that lead from a route's start to a step: "Ja", "Nee" or a choice's label. */
function answersTo(route: Route, target: string): string[] | undefined {
  const search = (id: string, answers: string[]): string[] | undefined => {
    if (id === target) return answers;
    const step = route.steps[id];
    const exits: Array<[string, string]> =
      step.type === 'question'
        ? [
            ['Ja', step.yes],
            ['Nee', step.no],
          ]
        : step.type === 'choice'
          ? step.options.map((option) => [option.label.nl, option.next])
          : step.type === 'outcome'
            ? [['', step.next]]
            : [];
    for (const [answer, next] of exits) {
      const found = search(next, [...answers, answer]);
      if (found) return found;
    }
    return undefined;
  };
  return search(route.start, []);
}

async function expectPartner(page: Page, id: string): Promise<void> {
  const partner = map.partners[id];
  const card = screen(page).locator(`[data-partner="${id}"]`);
  await expect(card.getByRole('heading', { name: partner.name })).toBeVisible();
  for (const phone of partner.phones) await expect(card.locator(`a[href="tel:${dialNumber(phone.number)}"]`)).toBeVisible();
  for (const email of partner.emails) await expect(card.locator(`a[href^="mailto:${email.address}"]`)).toBeVisible();
  for (const website of partner.websites) await expect(card.locator(`a[href="${website.url}"]`)).toBeVisible();
}

test("the home screen is the other map's, with its three routes and nothing of Den Haag", async ({ page }) => {
  await openApp(page, `${deployment.url}/`);
  await expect(heading(page)).toHaveText('Testkaart andere regio');
  await expect(page).toHaveTitle('Testkaart andere regio');
  await expect(screen(page).getByText('Testregel: twijfel is genoeg om te bellen.')).toBeVisible();
  await expect(screen(page).locator('.route-entry__title')).toHaveText(['Werk', 'Wonen', 'Online']);
  await expectEmergencyCall(page);
  for (const path of ['/', '/partners', '/instellingen', '/afdrukken', '/routekaart']) {
    await openApp(page, `${deployment.url}${path}`);
    const text = await page.locator('body').innerText();
    for (const denHaag of ['Den Haag', 'Haaglanden', 'Hollands Midden', 'Zorg- en Veiligheidshuis', 'SHOP', 'AVIM', '27 gemeenten', 'liever een keer te veel']) {
      expect(text, `${path} mentions ${denHaag}`).not.toContain(denHaag);
    }
  }
  // No regions: no municipality to choose in the settings.
  await openApp(page, `${deployment.url}/instellingen`);
  await expect(page.getByLabel('Zoek uw gemeente')).toHaveCount(0);
});

for (const [routeId, route] of Object.entries(map.routes)) {
  test(`route "${route.title.nl}" walks to every one of its partners`, async ({ page }) => {
    const outcomes = Object.entries(route.steps).filter(([, step]) => step.type === 'outcome');
    expect(outcomes.length).toBeGreaterThan(0);
    for (const [stepId, step] of outcomes) {
      await openApp(page, `${deployment.url}/`);
      await screen(page)
        .getByRole('link', { name: new RegExp(`^${route.title.nl}`) })
        .click();
      for (const answer of answersTo(route, stepId)!) {
        if (answer === '') await page.locator('.way-on button, .way-on a').first().click();
        else await screen(page).getByRole('button', { name: answer, exact: true }).click();
      }
      await expect(page).toHaveURL(`${deployment.url}/${routeId}/${stepId}`);
      if (step.type !== 'outcome') throw new Error('not an outcome');
      for (const id of step.partners) await expectPartner(page, id);
      await expectEmergencyCall(page);
    }
  });
}

test('a walk saying "Nee" to everything ends on a summary of the route\'s partners, to call to talk it through', async ({ page }) => {
  await openApp(page, `${deployment.url}/online/advertentie`);
  await screen(page).getByRole('button', { name: 'Nee', exact: true }).click();
  await expect(screen(page).getByText('Testtip bij de vraag.')).toBeVisible();
  await screen(page).getByRole('button', { name: 'Nee', exact: true }).click();
  await expect(heading(page)).toHaveText('Overzicht');
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText(['Testpartner Webloket', 'Testpartner Werkpunt']);
  await expect(screen(page).getByText('Testregel: twijfel is genoeg om te bellen.')).toBeVisible();
});

test('the whole map draws the other map too: every question, and every partner with a working link', async ({ page }) => {
  await openApp(page, `${deployment.url}/routekaart`);
  for (const route of Object.values(map.routes)) {
    const drawn = screen(page).getByRole('region', { name: route.title.nl });
    for (const step of Object.values(route.steps)) {
      if (step.type === 'question' || step.type === 'choice') await expect(drawn.getByText(step.text.nl, { exact: false }).first()).toBeVisible();
      if (step.type !== 'outcome') continue;
      for (const id of step.partners) {
        const partner = map.partners[id];
        await expect(drawn.getByRole('heading', { name: partner.name, exact: true }).first()).toBeVisible();
        for (const phone of partner.phones) await expect(drawn.locator(`a[href="tel:${dialNumber(phone.number)}"]`).first()).toBeVisible();
      }
    }
  }
});
