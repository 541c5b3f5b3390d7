import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { heading, LOCATION_QUESTIONS, openApp, PERSON_QUESTIONS, screen, TEL } from './map';
import { shipped } from './data';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The screens in groups of a size that axe gets through well within a test's time on a busy machine. */
const screenGroups: Record<string, string[]> = {
  ...Object.fromEntries(Object.entries(shipped.routes).map(([routeId, route]) => [`the ${routeId} route`, Object.keys(route.steps).map((stepId) => `/${routeId}/${stepId}`)])),
  'the other screens': ['/', '/partners', '/instellingen', '/over', '/afdrukken', '/routekaart', '/bestaat/niet'],
};

/** WCAG 2.2 A/AA, plus the two rules axe leaves off by default: target size and label in name. */
const axe = (page: Page) => new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ rules: { 'target-size': { enabled: true }, 'label-content-name-mismatch': { enabled: true } } });

async function violations(page: Page): Promise<string[]> {
  const results = await axe(page).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/**
 * As a user on a phone sees the screen: at scroll 0, where the sticky way-on bar covers what is
 * below it. A target the bar's edge cuts in two must still be big enough to tap beside the bar's
 * button: the layout must hold that at every common phone height, not only at one. One thing axe
 * gets wrong there: a target wholly under the bar that runs on past the bottom of the screen is,
 * to axe, not covered (the bar ends at the screen's edge) though the user sees nothing of it; only
 * that case is left out, and only when no pixel of the target shows above the bar.
 */
async function violationsAtScrollZero(page: Page): Promise<string[]> {
  const { width, height } = page.viewportSize()!;
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const results = await axe(page).analyze();
  const problems: string[] = [];
  for (const violation of results.violations) {
    for (const node of violation.nodes) {
      const selector = node.target.join(' ');
      const hidden =
        violation.id === 'target-size' &&
        (await page.evaluate((selector) => {
          const bar = document.querySelector('.way-on');
          const target = document.querySelector(selector);
          return bar !== null && target !== null && target.getBoundingClientRect().top >= bar.getBoundingClientRect().top;
        }, selector));
      if (!hidden) problems.push(`${violation.id} at scroll 0 on ${width}×${height}: ${violation.help} (${selector})`);
    }
  }
  return problems;
}

/** Phones at scroll 0: the smallest the app is built for, and common sizes (the bar's edge falls elsewhere on each). */
const PHONES = [
  { width: 360, height: 640 },
  { width: 360, height: 740 },
  { width: 393, height: 851 },
  { width: 412, height: 915 },
];

for (const language of ['nl', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [group, pages] of Object.entries(screenGroups)) {
      test(`every screen of ${group} has no WCAG 2.2 AA violations (axe), ${language}, ${colorScheme}`, async ({ page }) => {
        test.setTimeout(300_000);
        await page.emulateMedia({ colorScheme });
        await page.addInitScript((lang) => {
          window.print = () => undefined;
          localStorage.setItem('signalenroutekaart.language', lang);
        }, language);
        const found: Record<string, string[]> = {};
        for (const url of pages) {
          await openApp(page, url);
          await expect(heading(page)).toBeVisible();
          // While scrolling, the sticky header and way-on bar cover what passes under them, by design
          // (focus is kept clear of them, tested in moment-of-use.spec.ts). In a window as tall as
          // the page, nothing scrolls and they cover nothing: axe judges the page itself.
          const viewport = page.viewportSize()!;
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
          const problems = await violations(page);
          // And as a user on a phone sees it, at the top of the screen.
          for (const phone of PHONES) {
            await page.setViewportSize(phone);
            problems.push(...(await violationsAtScrollZero(page)));
          }
          await page.setViewportSize(viewport);
          // A text whose translation did not load shows as its key, e.g. "step.next".
          // (Not a file name such as docs/accessibility.md, which "Over deze app" names.)
          const rawKey =
            /(?<![\w/])(?:app|home|step|end|contact|data|settings|partners|print|share|install|checklist|pwa|vcard|region|emergency|language|card|beheer|about|facts|privacy|accessibility|readiness|accessibilityStatus)\.[a-z][A-Za-z]+\b/;
          const untranslated = rawKey.exec(await page.locator('body').innerText());
          if (untranslated) problems.push(`untranslated text: ${untranslated[0]}`);
          if (problems.length > 0) found[url] = problems;
        }
        expect(found).toEqual({});
      });
    }
  }
}

test('a whole route can be walked with the keyboard alone, with visible focus on the new step', async ({ page }) => {
  await openApp(page, '/');
  // From the top of the page: skip the header's three controls to the first route.
  const order: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  expect(order.slice(0, 3)).toEqual(['Routekaart', 'EN', 'Bel 112']);
  expect(order[3]).toMatch(/^Identificeerbaar slachtoffer \(persoon\)/);
  await page.keyboard.press('Enter');

  for (const question of PERSON_QUESTIONS) {
    await expect(heading(page)).toHaveText(question);
    await expect(heading(page)).toBeFocused();
    await page.keyboard.press('Tab');
    const yes = screen(page).getByRole('button', { name: 'Ja', exact: true });
    await expect(yes).toBeFocused();
    const outline = await yes.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Tab');
    await expect(screen(page).getByRole('button', { name: 'Nee', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(heading(page)).toHaveText('Overzicht');
  await expect(heading(page)).toBeFocused();
});

test('an outcome reached by keyboard puts the call buttons next in the tab order', async ({ page }) => {
  await openApp(page, '/persoon/ondersteuning');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(screen(page).getByRole('button', { name: 'Ja', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', TEL.shop[0]);
});

test.describe('at 320 px wide with the text at 200 %', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const url of ['/', '/persoon/aangifte-vorm', '/persoon/zorgen-zvh', '/locatie/einde', '/partners', '/instellingen', '/over', '/routekaart']) {
    test(`${url} needs no horizontal scrolling`, async ({ page }) => {
      await openApp(page, url);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole('banner').getByRole('link', { name: /112/ })).toBeInViewport();
    });
  }
});

test('dark mode follows the system, and reduced motion turns smooth scrolling off', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await openApp(page, '/');
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');

  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(dark).not.toBe(light);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

test('each step change is announced: focus and the page title move to the new step', async ({ page }) => {
  await openApp(page, '/locatie/acuut');
  await screen(page).getByRole('button', { name: 'Nee', exact: true }).click();
  await expect(heading(page)).toBeFocused();
  await expect.poll(async () => (await page.title()).startsWith(LOCATION_QUESTIONS[1])).toBe(true);
});
