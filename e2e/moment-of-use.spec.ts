/**
 * The screens a stressed user sees on a 360×640 phone: what they must do next is on the first
 * screen, without scrolling. Real measurements in a real browser (bounding boxes at scroll 0).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { heading, openApp, screen, tap } from './map';
import { shipped } from './data';

const stepsOfType = (type: string) =>
  Object.entries(shipped.routes).flatMap(([routeId, route]) =>
    Object.entries(route.steps)
      .filter(([, step]) => step.type === type)
      .map(([stepId]) => `/${routeId}/${stepId}`),
  );
const OUTCOMES = stepsOfType('outcome');
const ENDS = stepsOfType('end');
/** Phone numbers as the map prints them, and 112. */
const PHONE_NUMBER = /\b(?:0\d{1,3}-\d{4,8}|112)\b/g;
const RED = 'rgb(176, 0, 32)';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const box = (page: Page, selector: string): Promise<Box> =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    });

/** The first screen: between the sticky header and the way-on bar (or the bottom of the screen). */
async function firstScreen(page: Page): Promise<{ top: number; bottom: number }> {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  return page.evaluate(() => ({
    top: document.querySelector('header')!.getBoundingClientRect().bottom,
    bottom: document.querySelector('.way-on')?.getBoundingClientRect().top ?? innerHeight,
  }));
}

/** Every phone number in the screen, with the number of lines it takes. */
async function phoneNumberLines(page: Page): Promise<Array<{ number: string; lines: number }>> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'g');
    const found: Array<{ number: string; lines: number }> = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('details:not([open])') || getComputedStyle(parent).display === 'none') continue;
      for (const match of node.textContent!.matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        found.push({ number: match[0], lines: tops.size });
      }
    }
    return found;
  }, PHONE_NUMBER.source);
}

/** An e-mail address, or a web address written with www. */
const ADDRESS = /[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|www\.[^\s]*[^\s.,;:!?)]/;
/** After "@", before "." or before a web address's "/". */
const ALLOWED_BREAK = /^@\||\|\.$|\|\/$/;

/**
 * Where each e-mail or web address wraps, the characters on either side of every line break: an
 * address laid out in parts (.address) and one still whole in a sentence (a partner's note) alike.
 */
async function addressBreaks(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const breaks: string[] = [];
    const check = (characters: Array<{ character: string; top: number }>) => {
      for (let i = 1; i < characters.length; i++) {
        if (characters[i].top > characters[i - 1].top + 2) breaks.push(`${characters[i - 1].character}|${characters[i].character}`);
      }
    };
    const characterAt = (node: Text, i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      return rect.width > 0 ? [{ character: node.textContent![i], top: Math.round(rect.top) }] : [];
    };
    // A part wider than its whole line must break inside (the rule's one exception): as one character then.
    const tooWide = (part: Element) => {
      let block = part.parentElement!;
      while (getComputedStyle(block).display === 'inline') block = block.parentElement!;
      const style = getComputedStyle(block);
      return part.getBoundingClientRect().width >= block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1;
    };
    for (const address of document.querySelectorAll('main .address')) {
      const characters: Array<{ character: string; top: number }> = [];
      for (const part of address.querySelectorAll('.address__part')) {
        const text = part.firstChild as Text;
        const all = [...text.textContent!].flatMap((_, i) => characterAt(text, i));
        characters.push(
          ...(tooWide(part)
            ? all
                .slice(0, 1)
                .concat(all.slice(-1))
                .map((each) => ({ ...each, top: all[0].top }))
            : all),
        );
      }
      check(characters);
    }
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement!.closest('.address')) continue;
      for (const match of node.textContent!.matchAll(new RegExp(pattern, 'g'))) {
        const characters: Array<{ character: string; top: number }> = [];
        for (let i = match.index!; i < match.index! + match[0].length; i++) characters.push(...characterAt(node, i));
        check(characters);
      }
    }
    return breaks;
  }, ADDRESS.source);
}

for (const language of ['nl', 'en'] as const) {
  test.describe(`on a 360×640 phone, in ${language === 'nl' ? 'Dutch' : 'English'}`, () => {
    test.use({ viewport: { width: 360, height: 640 } });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((lang) => localStorage.setItem('signalenroutekaart.language', lang), language);
    });

    test('home: both route entries are fully on the first screen', async ({ page }) => {
      await openApp(page, '/');
      const visible = await firstScreen(page);
      const entries = screen(page).locator('a.route-entry');
      await expect(entries).toHaveCount(2);
      for (const entry of await entries.all()) {
        const rect = (await entry.boundingBox())!;
        expect(rect.y).toBeGreaterThanOrEqual(visible.top);
        expect(rect.y + rect.height).toBeLessThanOrEqual(visible.bottom);
      }
    });

    test('every outcome: the first contact button and the way on are on the first screen, numbers on one line', async ({ page }) => {
      test.setTimeout(120_000);
      for (const url of OUTCOMES) {
        await openApp(page, url);
        const visible = await firstScreen(page);
        const action = await box(page, 'main .actions a');
        expect(action.top, `${url}: first contact button`).toBeGreaterThanOrEqual(visible.top);
        expect(action.bottom, `${url}: first contact button`).toBeLessThanOrEqual(visible.bottom);
        const wayOn = await box(page, 'main .way-on button');
        expect(wayOn.bottom, `${url}: the way on`).toBeLessThanOrEqual(640);
        for (const { number, lines } of await phoneNumberLines(page)) expect(lines, `${url}: ${number}`).toBe(1);
      }
    });

    test('the 112 outcome: one full-width red call button and nothing competing, red in light and dark', async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await openApp(page, '/persoon/acuut-112');
        await expect(heading(page)).toHaveText(language === 'nl' ? 'Bel 112' : 'Call 112');
        const call = screen(page).locator('a[href="tel:112"]');
        await expect(call).toHaveCount(1);
        expect(await call.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(RED);
        expect(await page.locator('header a[href="tel:112"]').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(RED);
        const width = await call.evaluate((element) => element.getBoundingClientRect().width / element.parentElement!.getBoundingClientRect().width);
        expect(width).toBeCloseTo(1, 2);
        // Besides the call: only the way on and the quiet Back / Start again.
        const controls = screen(page).locator('a, button, summary, select');
        await expect(controls).toHaveCount(4);
      }
    });

    test('e-mail and web addresses break only after "@", before "." or before a web address\'s "/", in running text too @engines', async ({ page }) => {
      test.setTimeout(120_000);
      for (const viewport of [
        { width: 360, height: 640 },
        { width: 393, height: 851 },
      ]) {
        await page.setViewportSize(viewport);
        for (const url of [...OUTCOMES, ...ENDS, '/partners']) {
          await openApp(page, url);
          await page.evaluate(() => {
            for (const details of document.querySelectorAll('details')) details.open = true;
          });
          for (const at of await addressBreaks(page)) expect(at, `${viewport.width} px, ${url}: an address breaks at ${at}`).toMatch(ALLOWED_BREAK);
        }
      }
    });

    test('112 is red wherever it is a call button, in light and dark', async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const url of ['/partners', '/persoon/acuut-112', '/persoon/einde', '/locatie/einde']) {
          await openApp(page, url);
          const calls = page.locator('a[href="tel:112"]');
          expect(await calls.count(), url).toBeGreaterThan(1);
          for (const call of await calls.all()) {
            expect(await call.evaluate((element) => getComputedStyle(element).backgroundColor), `${url}, ${colorScheme}`).toBe(RED);
          }
        }
      }
    });

    test('the header is one row, at most 72 px high; at 200 % text at most a fifth of the screen', async ({ page }) => {
      await openApp(page, '/persoon/zorgen-zvh');
      const header = page.getByRole('banner');
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);
      const tops = await header.locator('a, button').evaluateAll((elements) => new Set(elements.map((e) => Math.round(e.getBoundingClientRect().top))).size);
      expect(tops).toBe(1);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const height = (await header.boundingBox())!.height;
      const sticky = await header.evaluate((element) => getComputedStyle(element).position === 'sticky');
      expect(!sticky || height <= 640 * 0.2, `${height} px, sticky: ${sticky}`).toBe(true);
    });

    test('only a gut feeling ("No" to everything) ends with partners to spar with and the way to all partners', async ({ page }) => {
      await openApp(page, '/');
      await screen(page).locator('a.route-entry').first().click();
      for (let i = 0; i < 4; i++) await tap(page, language === 'nl' ? 'Nee' : 'No');
      await expect(heading(page)).toHaveText(language === 'nl' ? 'Overzicht' : 'Summary');
      await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText([
        'NLA',
        'AVIM',
        'SHOP',
        'Zorg- en Veiligheidshuis Haaglanden',
        'Zorg- en Veiligheidshuis Hollands Midden',
      ]);
      await expect(screen(page).locator('a[href^="tel:"]').first()).toBeInViewport();
      await expect(screen(page).getByRole('link', { name: language === 'nl' ? 'Alle partners' : 'All partners' })).toBeVisible();
    });
  });
}

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // A part wider than the whole line (at 200 % text "veiligheidshuishaaglanden@", at 320 px a long
  // segment of a web address's path) breaks inside rather than run off the screen; addressBreaks
  // allows that and nothing else.
  test('phone numbers never break across lines, even at 200 % text; addresses only after "@", before "." or a web address\'s "/"', async ({ page }) => {
    test.setTimeout(120_000);
    // The whole map and the print view too: their boxes write the numbers and addresses as text.
    for (const url of [...OUTCOMES, ...ENDS, '/partners', '/routekaart', '/afdrukken']) {
      await openApp(page, url);
      for (const at of await addressBreaks(page)) expect(at, `${url}: an address breaks at ${at}`).toMatch(ALLOWED_BREAK);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      for (const { number, lines } of await phoneNumberLines(page)) expect(lines, `${url}: ${number}`).toBe(1);
    }
  });
});

test('keyboard focus never hides under the sticky header or the way-on bar', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await openApp(page, '/persoon/aangifte-beide');
  // The screen's late parts (its explained words) in place first: on a loaded machine they arrived
  // after the first Tabs and moved a focused element under the bar, which is no keyboard problem.
  await page.waitForLoadState('networkidle');
  await heading(page).focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const hidden = await page.evaluate(async () => {
      // Wait for any (smooth) scroll to the focused element to come to rest.
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let still = 0, last = -1, frames = 0; still < 3 && frames < 120; frames++) {
        await frame();
        still = scrollY === last ? still + 1 : 0;
        last = scrollY;
      }
      const focused = document.activeElement as HTMLElement;
      if (!focused.closest('main') || focused.closest('.way-on')) return false;
      const rect = focused.getBoundingClientRect();
      const header = document.querySelector('header')!.getBoundingClientRect();
      const bar = document.querySelector('.way-on')!.getBoundingClientRect();
      const under = (cover: DOMRect) => rect.bottom > cover.top + 1 && rect.top < cover.bottom - 1;
      return under(header) || under(bar) ? focused.outerHTML.slice(0, 80) : false;
    });
    expect(hidden).toBe(false);
  }
});
