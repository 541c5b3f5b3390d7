import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { heading, openApp, reloadApp, screen, TEL } from './map';

const HAAGLANDEN = TEL.zvhHaaglanden;
const HOLLANDS_MIDDEN = TEL.zvhHollandsMidden;

async function chooseMunicipality(page: Page, name: string, search: string): Promise<void> {
  await openApp(page, '/');
  await screen(page).getByRole('link', { name: 'Instellingen' }).click();
  await expect(heading(page)).toHaveText('Instellingen');
  await page.getByRole('searchbox', { name: 'Zoek uw gemeente' }).fill(search);
  await page.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  await expect(page.getByRole('status').filter({ hasText: `Gekozen: ${name}` })).toBeVisible();
}

/** The call links on the Zorg- en Veiligheidshuis outcome that a user sees without opening anything. */
async function visibleHouses(page: Page): Promise<string[]> {
  await openApp(page, '/persoon/zorgen-zvh');
  await expect(heading(page)).toHaveText(/^Neem contact op met (de partner van uw regio|Zorg- en Veiligheidshuis)/);
  const links = screen(page).locator('a[href^="tel:"]');
  const visible: string[] = [];
  for (const link of await links.all()) if (await link.isVisible()) visible.push((await link.getAttribute('href'))!);
  return visible;
}

test('with no municipality chosen, both Zorg- en Veiligheidshuizen are shown, as on the map', async ({ page }) => {
  expect(await visibleHouses(page)).toEqual([HAAGLANDEN, HOLLANDS_MIDDEN]);
  await expect(screen(page).getByText('Andere regio')).toHaveCount(0);
});

test('Leiden shows Hollands Midden only, the other behind "Andere regio", kept after a reload', async ({ page }) => {
  await chooseMunicipality(page, 'Leiden', 'lei');
  expect(await visibleHouses(page)).toEqual([HOLLANDS_MIDDEN]);
  await expect(heading(page)).toHaveText('Neem contact op met Zorg- en Veiligheidshuis Hollands Midden');
  await reloadApp(page);
  expect(await visibleHouses(page)).toEqual([HOLLANDS_MIDDEN]);
  await screen(page).getByText('Andere regio').click();
  await expect(screen(page).locator(`a[href="${HAAGLANDEN}"]`)).toBeVisible();
});

test('Delft shows Haaglanden only; clearing the choice shows both again', async ({ page }) => {
  await chooseMunicipality(page, 'Delft', 'delf');
  expect(await visibleHouses(page)).toEqual([HAAGLANDEN]);
  await openApp(page, '/');
  await expect(screen(page).getByText('Mijn gemeente: Delft')).toBeVisible();

  await openApp(page, '/instellingen');
  await page.getByRole('button', { name: 'Wis keuze' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Geen gemeente gekozen' })).toBeVisible();
  await reloadApp(page);
  expect(await visibleHouses(page)).toEqual([HAAGLANDEN, HOLLANDS_MIDDEN]);
});

test('the municipality list can be searched and chosen with the keyboard alone', async ({ page }) => {
  await openApp(page, '/instellingen');
  await expect(page.getByRole('radio')).toHaveCount(27);
  await page.getByRole('searchbox', { name: 'Zoek uw gemeente' }).focus();
  await page.keyboard.type('zoet');
  await expect(page.getByText('2 gemeenten gevonden')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: /^Zoetermeer/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Zoeterwoude/ })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Gekozen: Zoeterwoude (regio Hollands Midden).' })).toBeVisible();
});

test('on the Zorg- en Veiligheidshuis outcome the municipality is picked right there, and remembered', async ({ page }) => {
  expect(await visibleHouses(page)).toEqual([HAAGLANDEN, HOLLANDS_MIDDEN]);
  await expect(heading(page)).toHaveText('Neem contact op met de partner van uw regio');
  await screen(page).getByRole('combobox', { name: 'Uw gemeente' }).selectOption('Katwijk');
  await expect(heading(page)).toHaveText('Neem contact op met Zorg- en Veiligheidshuis Hollands Midden');
  await expect(heading(page)).toBeFocused();
  await expect(screen(page).getByText('Mijn gemeente: Katwijk')).toBeVisible();
  await reloadApp(page);
  expect(await visibleHouses(page)).toEqual([HOLLANDS_MIDDEN]);
  await expect(screen(page).getByRole('combobox')).toHaveCount(0);
});

test('the partner filter finds the house that serves a municipality', async ({ page }) => {
  await openApp(page, '/partners');
  await page.getByRole('searchbox', { name: 'Zoek een partner' }).fill('Katwijk');
  await expect(screen(page).getByRole('heading', { level: 3 })).toHaveText(['Zorg- en Veiligheidshuis Hollands Midden']);
});
