/**
 * WCAG success criteria that axe does not judge, each measured in a real browser (issue 33 and
 * docs/accessibility.md): 1.3.4 Orientation (no lock; the layout and the moment of use hold at
 * 640×360), 2.4.11 Focus Not Obscured (tab through long screens, the focused element never under
 * the sticky header or way-on bar), 1.4.12 Text Spacing (the WCAG spacing, nothing clipped or
 * overlapping), 1.4.10 Reflow (every screen at 320 CSS px, no scrolling sideways) and 1.4.11
 * Non-text Contrast (form fields' edges and the focus ring); and 2.4.2 Page Titled, which axe
 * checks only for a title being there.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { heading, openApp, screen, scrollAtRest } from './map';
import { shipped } from './data';

const STEPS = Object.entries(shipped.routes).flatMap(([routeId, route]) => Object.keys(route.steps).map((stepId) => `/${routeId}/${stepId}`));
const OUTCOMES = Object.entries(shipped.routes).flatMap(([routeId, route]) =>
  Object.entries(route.steps)
    .filter(([, step]) => step.type === 'outcome')
    .map(([stepId]) => `/${routeId}/${stepId}`),
);
const PAGES = ['/', '/partners', '/instellingen', '/over', '/routekaart', '/afdrukken'];

async function inLanguage(page: Page, language: 'nl' | 'en'): Promise<void> {
  await page.addInitScript((lang) => localStorage.setItem('signalenroutekaart.language', lang), language);
}

interface Box {
  top: number;
  bottom: number;
}

test.describe('1.3.4 Orientation: the app works in either orientation', () => {
  test('the installed app is not locked upright: the manifest sets no orientation', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest.orientation ?? 'any').toBe('any');
  });

  for (const language of ['nl', 'en'] as const) {
    test(`at 640×360 (a phone on its side) every screen fits the width, with 112 in the header, ${language}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 640, height: 360 });
      await inLanguage(page, language);
      for (const url of [...PAGES, ...STEPS]) {
        await openApp(page, url);
        await expect(heading(page)).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${url} scrolls sideways`).toBeLessThanOrEqual(0);
        await expect(page.getByRole('banner').getByRole('link', { name: /112/ })).toBeInViewport();
      }
    });

    /**
     * The moment of use in landscape: each outcome's first action and its way on on the first
     * screen (between the header and the way-on bar, at scroll 0). An outcome that first asks for
     * the municipality (the Zorg- en Veiligheidshuis before one is chosen) has its picker there;
     * its call buttons follow once a municipality is chosen, and then fit too.
     */
    test(`at 640×360 each outcome's first call button and the way on are on the first screen, ${language}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 640, height: 360 });
      await inLanguage(page, language);
      const firstScreen = () =>
        page.evaluate(() => {
          window.scrollTo({ top: 0, behavior: 'instant' });
          const box = (selector: string) => {
            const rect = document.querySelector(selector)?.getBoundingClientRect();
            return rect && { top: Math.round(rect.top), bottom: Math.round(rect.bottom) };
          };
          return {
            top: box('header')!.bottom,
            bottom: box('main .way-on')?.top ?? innerHeight,
            call: box('main .actions a'),
            picker: box('main .picker select'),
            wayOn: box('main .way-on .button'),
          };
        });
      const within = (box: Box | undefined, screen: Box) => box !== undefined && box.top >= screen.top && box.bottom <= screen.bottom;
      const measured: string[] = [];
      for (const url of OUTCOMES) {
        await openApp(page, url);
        const first = await firstScreen();
        measured.push(`${url}: call ${JSON.stringify(first.call)}, picker ${JSON.stringify(first.picker)}, way-on bar from ${first.bottom}`);
        expect(first.wayOn && first.wayOn.bottom <= 360, `${url}: the way on`).toBe(true);
        expect(within(first.picker ? first.picker : first.call, first), `${url}: the first action ${JSON.stringify(first)}`).toBe(true);
        if (first.picker) {
          await screen(page).locator('.picker select').selectOption('Delft');
          await expect(screen(page).locator('.picker select')).toHaveCount(0);
          const chosen = await firstScreen();
          measured.push(`${url} (Delft chosen): call ${JSON.stringify(chosen.call)}, way-on bar from ${chosen.bottom}`);
          expect(within(chosen.call, chosen), `${url}, Delft chosen: the first call ${JSON.stringify(chosen)}`).toBe(true);
          await page.evaluate(() => indexedDB.deleteDatabase('signalenroutekaart'));
        }
      }
      test.info().annotations.push({ type: 'measured at 640×360', description: measured.join('\n') });
    });
  }
});

/** Tabs through the page and returns each focused element that any sticky bar covers, even in part. */
async function focusUnderBars(page: Page, presses: number): Promise<string[]> {
  const hidden: string[] = [];
  await heading(page).focus();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    await scrollAtRest(page);
    const covered = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      if (!focused?.closest('main') || focused.closest('.way-on')) return false;
      const rect = focused.getBoundingClientRect();
      const bars = [document.querySelector('header'), document.querySelector('main .way-on')].filter(Boolean) as Element[];
      const under = bars.some((bar) => {
        const cover = bar.getBoundingClientRect();
        return rect.bottom > cover.top + 1 && rect.top < cover.bottom - 1;
      });
      return under ? `${focused.outerHTML.slice(0, 80)} at ${Math.round(rect.top)}–${Math.round(rect.bottom)}` : false;
    });
    if (covered) hidden.push(covered);
  }
  return hidden;
}

test.describe('2.4.11 Focus Not Obscured: the focused element is never under the sticky header or way-on bar', () => {
  for (const viewport of [
    { width: 360, height: 640 },
    { width: 640, height: 360 },
  ]) {
    test(`tabbing through the long screens at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      const found: Record<string, string[]> = {};
      for (const url of ['/persoon/aangifte-beide', '/persoon/zorgen-zvh', '/locatie/einde', '/partners', '/instellingen', '/over', '/routekaart']) {
        await openApp(page, url);
        // The screen's late parts (its explained words) in place first, as in moment-of-use.spec.ts.
        await page.waitForLoadState('networkidle');
        const presses = Math.min(60, await page.locator('main a, main button, main input, main select, main summary').count());
        const hidden = await focusUnderBars(page, presses);
        if (hidden.length > 0) found[url] = hidden;
      }
      expect(found).toEqual({});
    });
  }
});

/** The spacing of WCAG's 1.4.12, set on everything, as a user's style sheet would. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

/** Text cut off by its box, and text-bearing boxes that overlap one another (neither inside the other). */
async function clippedOrOverlapping(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      return (
        style.visibility !== 'hidden' && style.display !== 'none' && rect.width > 0 && rect.height > 0 && !element.closest('.visually-hidden, details:not([open]) > :not(summary)')
      );
    };
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const all = [...document.querySelectorAll('body *')].filter(visible);
    for (const element of all) {
      const style = getComputedStyle(element);
      const clips = (value: string) => value === 'hidden' || value === 'clip';
      if ((clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1) || (clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1)) {
        problems.push(`clipped: ${name(element)}`);
      }
    }
    // Each run of text, line by line (an inline element's own box spans every line it wraps over): no two may overlap.
    const runs: Array<{ node: Text; rect: DOMRect }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.textContent!.trim() === '' || !node.parentElement || !visible(node.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) runs.push({ node, rect });
    }
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length; j++) {
        const a = runs[i];
        const b = runs[j];
        if (a.node === b.node) continue;
        const overlap =
          Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left) > 1 && Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top) > 1;
        if (overlap) problems.push(`overlap: ${name(a.node.parentElement!)} and ${name(b.node.parentElement!)}`);
      }
    }
    return problems;
  });
}

test.describe('1.4.12 Text Spacing: with the WCAG text spacing nothing is cut off or overlaps', () => {
  // A user's own style sheet (an extension, a bookmarklet) is not bound by the page's CSP; the test's is not either.
  test.use({ bypassCSP: true });

  for (const language of ['nl', 'en'] as const) {
    test(`every kind of screen at 360 px wide, ${language}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 360, height: 640 });
      await inLanguage(page, language);
      const found: Record<string, string[]> = {};
      for (const url of [...PAGES, '/persoon/acuut', '/persoon/aangifte-vorm', '/persoon/acuut-112', '/persoon/ondersteuning-shop', '/persoon/zorgen-zvh', '/locatie/einde']) {
        await openApp(page, url);
        await page.addStyleTag({ content: TEXT_SPACING });
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('main details')) (details as HTMLDetailsElement).open = true;
        });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        // In a window as tall as the page: the sticky bars then cover nothing (that they cover
        // while scrolling is by design; focus is kept clear of them, above).
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width: 360, height });
        const problems = await clippedOrOverlapping(page);
        await page.setViewportSize({ width: 360, height: 640 });
        if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px`);
        if (problems.length > 0) found[url] = problems;
      }
      expect(found).toEqual({});
    });
  }
});

test.describe('1.4.10 Reflow: at 320 CSS px every screen reads without scrolling sideways', () => {
  for (const language of ['nl', 'en'] as const) {
    test(`every step of every route and every other screen, the editor too, ${language}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 320, height: 640 });
      await inLanguage(page, language);
      const found: Record<string, number> = {};
      for (const url of [...PAGES, ...STEPS, '/beheer']) {
        await openApp(page, url);
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('main details')) (details as HTMLDetailsElement).open = true;
        });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) found[url] = overflow;
      }
      expect(found).toEqual({});
    });
  }
});

test.describe("2.4.2 Page Titled: each screen's title says which screen it is", () => {
  for (const language of ['nl', 'en'] as const) {
    test(`the title names the screen's heading, and no two screens share one, ${language}`, async ({ page }) => {
      test.setTimeout(120_000);
      await inLanguage(page, language);
      const titles = new Map<string, string>();
      // (Both routes start with the same question, and so share that title: its topic is the same.)
      for (const url of [...PAGES.filter((path) => path !== '/afdrukken'), '/beheer', '/persoon/acuut', '/persoon/aangifte-vorm', '/bestaat/niet']) {
        await openApp(page, url);
        // A question's title is the question; a page's, its name, which is its heading. Read
        // together: the other language arrives a moment after start.
        const titled = () => page.evaluate(() => document.title.startsWith(document.querySelector('main h1')!.textContent!.trim()));
        if (url !== '/bestaat/niet') await expect.poll(titled, { message: url }).toBe(true);
        titles.set(url, await page.title());
      }
      expect(new Set(titles.values()).size, JSON.stringify([...titles], null, 2)).toBe(titles.size);
    });
  }
});

/**
 * Each text field's and list's edge against what is behind it, and each focus ring (its outline or
 * its second, dark ring) against the page: at least 3:1. Radio buttons and checkboxes are the
 * browser's own; a button is known by its text (WCAG 1.4.3 covers that).
 */
async function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const rgb = (value: string) => (/rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(value) ?? []).slice(1).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const contrast = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    /** The colour behind an element: the first ancestor's background that is not transparent. */
    const behind = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const color = rgb(getComputedStyle(node).backgroundColor);
        if (color.length >= 3 && (color[3] === undefined || color[3] > 0)) return color;
      }
      return rgb(getComputedStyle(document.documentElement).backgroundColor);
    };
    const name = (element: Element) => `${element.tagName.toLowerCase()}#${element.id || '?'}`;
    const problems: string[] = [];
    for (const field of document.querySelectorAll('main input:not([type=radio]):not([type=checkbox]):not([type=file]), main select, main textarea')) {
      const style = getComputedStyle(field);
      if (style.display === 'none' || field.closest('.visually-hidden')) continue;
      const edge = contrast(rgb(style.borderTopColor), behind(field.parentElement));
      if (parseFloat(style.borderTopWidth) < 1 || edge < 3) problems.push(`${name(field)}: edge ${edge.toFixed(2)}:1`);
    }
    const focusables = [...document.querySelectorAll<HTMLElement>('main a[href], main button, main input:not([type=file]), main select, main summary')].slice(0, 25);
    for (const element of focusables) {
      if (element.getClientRects().length === 0) continue;
      element.focus({ preventScroll: true });
      if (document.activeElement !== element || !element.matches(':focus-visible')) continue;
      const style = getComputedStyle(element);
      const page = behind(element.parentElement);
      const ring = Math.max(contrast(rgb(style.outlineColor), page), style.boxShadow === 'none' ? 0 : contrast(rgb(style.boxShadow), page));
      if (style.outlineStyle === 'none' && style.boxShadow === 'none') problems.push(`${name(element)}: no focus ring`);
      else if (ring < 3) problems.push(`${name(element)}: focus ring ${ring.toFixed(2)}:1`);
    }
    return problems;
  });
}

test.describe('1.4.11 Non-text Contrast: form fields and the focus ring stand out 3:1', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screens with fields, in ${colorScheme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      const found: Record<string, string[]> = {};
      for (const url of ['/partners', '/instellingen', '/persoon/zorgen-zvh', '/persoon/ondersteuning-shop', '/over', '/beheer']) {
        await openApp(page, url);
        // Keyboard use first, so programmatic focus shows the ring as it does for a keyboard user.
        await page.keyboard.press('Tab');
        const problems = await lowContrast(page);
        if (problems.length > 0) found[url] = problems;
      }
      expect(found).toEqual({});
    });
  }
});

test.describe('2.1.1 Keyboard and 2.1.2 No Keyboard Trap: /beheer with the keyboard alone', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("Tab reaches the actions, each section's fields and the preview, and leaves the preview's frame again", async ({ page }) => {
    test.setTimeout(120_000);
    await openApp(page, '/beheer');
    await expect(page.frameLocator('iframe.preview-frame').locator('#app[data-ready] main h1')).toBeVisible();
    await heading(page).focus();
    const path: string[] = [];
    for (let i = 0; i < 160; i++) {
      await page.keyboard.press('Tab');
      path.push(
        await page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          if (!active || active === document.body) return 'body';
          return active.id || `${active.tagName.toLowerCase()}:${(active.textContent ?? '').trim().slice(0, 30)}`;
        }),
      );
    }
    for (const stop of ['button:Download routekaart.json', 'veld-texts_title_nl', 'veld-publisher_name', 'veld-publisher_status', 'voorbeeld-scherm']) {
      expect(path, `Tab reaches ${stop}`).toContain(stop);
    }
    const intoFrame = path.indexOf('iframe:');
    expect(intoFrame, 'Tab goes into the preview').toBeGreaterThan(0);
    expect(
      path.slice(intoFrame).some((stop) => stop !== 'iframe:'),
      'and out of it again',
    ).toBe(true);
  });
});
