/**
 * "Over deze app" (issue 33): one tap from Instellingen and from Alle partners, in Dutch and
 * English, offline like every screen, with 112 in the header; it names no contact the data file
 * does not hold, and none of the owners' parts while the file has none of their facts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { expectEmergencyCall, heading, openApp, screen, waitForOffline } from './map';
import { shipped } from './data';

const ABOUT = { nl: 'Over deze app', en: 'About this app' } as const;
/** What only the owners' facts bring: a publisher, a status, the statement's link, a place to report. */
const OWNERS_PARTS = {
  nl: ['Uitgever', 'Status', 'Lees de toegankelijkheidsverklaring', 'Een probleem melden', 'Stuur een mail'],
  en: ['Publisher', 'Status', 'Read the accessibility statement', 'Report a problem', 'Send an email'],
};

/** Every link, e-mail address, web address and phone number on the page, header included. */
async function contactsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const text = document.body.innerText;
    return [
      ...[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((href) => !href.startsWith('/')),
      ...(text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []),
      ...(text.match(/\b(?:https?:\/\/|www\.)\S+/g) ?? []),
      ...(text.match(/\b(?:0\d{2,3}-?\d{4,8}|112)\b/g) ?? []),
    ];
  });
}

/** The screen as a worker sees it with the shipped file: the app's own parts, none of the owners', and only the data file's contacts. */
async function expectAboutScreen(page: Page, language: 'nl' | 'en'): Promise<void> {
  await expect(heading(page)).toHaveText(ABOUT[language]);
  await expect(heading(page)).toBeFocused();
  await expectEmergencyCall(page);
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText(language === 'nl' ? ['Privacy', 'Toegankelijkheid'] : ['Privacy', 'Accessibility']);
  await expect(screen(page)).toContainText(String(shipped.version));
  const text = await screen(page).innerText();
  for (const part of OWNERS_PARTS[language]) expect(text, `"${part}" needs the owners' facts`).not.toContain(part);
  const file = JSON.stringify(shipped);
  for (const contact of await contactsOnPage(page)) {
    expect(file.includes(contact.replace(/^tel:/, '')), `${contact} is not in the data file`).toBe(true);
  }
}

async function openAboutFrom(page: Page, path: '/instellingen' | '/partners', language: 'nl' | 'en'): Promise<void> {
  await openApp(page, path);
  await screen(page).getByRole('link', { name: ABOUT[language], exact: true }).click();
  await expectAboutScreen(page, language);
}

test('Over deze app is one tap from Instellingen and from Alle partners, in Dutch and English, offline', { tag: '@engines' }, async ({ page, context }) => {
  await openApp(page, '/');
  await waitForOffline(page);
  await context.setOffline(true);

  await openAboutFrom(page, '/instellingen', 'nl');
  await screen(page).getByRole('button', { name: 'Terug' }).click();
  await expect(heading(page)).toHaveText('Instellingen');
  await openAboutFrom(page, '/partners', 'nl');

  await page
    .getByRole('banner')
    .getByRole('button', { name: /English|EN/ })
    .click();
  await expect(heading(page)).toHaveText(ABOUT.en);
  await openAboutFrom(page, '/instellingen', 'en');
  await openAboutFrom(page, '/partners', 'en');
  // A link to it opened offline, in a new tab: its own address works too.
  const tab = await context.newPage();
  await openApp(tab, '/over');
  await expect(heading(tab)).toHaveText(ABOUT.en);
});

test('Over deze app is reached with the keyboard alone, its heading focused, and back', async ({ page }) => {
  await openApp(page, '/instellingen');
  const link = screen(page).getByRole('link', { name: ABOUT.nl, exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(ABOUT.nl);
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(screen(page).getByRole('button', { name: 'Terug' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Instellingen');
});

// Not in Chromium: it runs axe on every screen, in both languages and colour schemes, in accessibility.spec.ts.
test('the main screens have no WCAG 2.2 AA violations (axe) in this engine too', { tag: ['@engines', '@not-chromium'] }, async ({ page }) => {
  test.setTimeout(120_000);
  const found: Record<string, string[]> = {};
  for (const language of ['nl', 'en'] as const) {
    await page.addInitScript((lang) => localStorage.setItem('signalenroutekaart.language', lang), language);
    for (const url of ['/', '/persoon/acuut', '/persoon/ondersteuning-shop', '/locatie/einde', '/partners', '/instellingen', '/over']) {
      await openApp(page, url);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .options({ rules: { 'target-size': { enabled: true }, 'label-content-name-mismatch': { enabled: true } } })
        .analyze();
      const problems = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      if (problems.length > 0) found[`${language} ${url}`] = problems;
    }
  }
  expect(found).toEqual({});
});
