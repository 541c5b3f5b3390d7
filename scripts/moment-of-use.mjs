/**
 * `npm run moment-of-use`: how far a stressed user is from a dialable number on a 360×640 phone.
 * For four signals it taps from the home screen as a user would and reports the taps and how far
 * the first call, mail or web button lies below the fold (0 = on screen without scrolling).
 * Reports, does not gate: the e2e layout tests hold the limits. Needs a build.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const SCENARIOS = [
  { signal: 'acute danger', route: 0, answers: ['Ja'], target: 'a[href="tel:112"]' },
  { signal: 'labour exploitation, victim wants to report', route: 0, answers: ['Nee', 'Ja', 'Arbeidsuitbuiting'], target: 'a[href^="tel:"]' },
  { signal: 'illegal prostitution at a location', route: 1, answers: ['Nee', 'Ja'], target: 'a[href^="https:"]' },
  { signal: 'only a gut feeling (Nee to everything)', route: 0, answers: ['Nee', 'Nee', 'Nee', 'Nee'], target: 'a[href^="tel:"], a[href^="mailto:"]' },
];

/** How far an element lies below what is visible at scroll 0 (above a sticky bottom bar, if any). */
async function belowFold(locator) {
  await locator.page().evaluate(() => window.scrollTo(0, 0));
  return locator.evaluate((element) => {
    const bar = document.querySelector('.way-on');
    const fold = bar && !bar.contains(element) ? bar.getBoundingClientRect().top : innerHeight;
    return Math.max(0, Math.round(element.getBoundingClientRect().bottom - fold));
  });
}

const preview = await startPreview(4181);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const language of ['nl', 'en']) {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: language === 'nl' ? 'nl-NL' : 'en-GB', isMobile: true, hasTouch: true });
    await context.addInitScript((lang) => localStorage.setItem('signalenroutekaart.language', lang), language);
    const page = await context.newPage();
    console.log(`\n${language === 'nl' ? 'Dutch' : 'English'}, 360×640:`);
    for (const { signal, route, answers, target } of SCENARIOS) {
      await page.goto(`${preview.url}/`);
      await page.locator('#app[data-ready] main h1').waitFor();
      let taps = 0;
      let scrolls = 0;
      const tapOn = async (locator) => {
        if ((await belowFold(locator)) > 0) scrolls++;
        await locator.click();
        taps++;
      };
      await tapOn(page.locator('a.route-entry').nth(route));
      for (const answer of answers) {
        const name = language === 'en' ? { Ja: 'Yes', Nee: 'No', Arbeidsuitbuiting: 'Labour exploitation' }[answer] : answer;
        const button = page.locator('main').getByRole('button', { name, exact: true });
        await button.waitFor();
        await page.waitForTimeout(200);
        await tapOn(button);
      }
      await page.locator('main h1').waitFor();
      await page.waitForTimeout(300);
      const button = page.locator(`main ${target.split(', ').join(', main ')}`).first();
      const found = (await button.count()) > 0;
      const below = found ? await belowFold(button) : 0;
      if (below > 0) scrolls++;
      console.log(
        `  ${signal.padEnd(46)} ${taps} taps and ${scrolls} scrolls to ${found ? 'the first contact button' : 'a screen without any contact button'}${below > 0 ? ` (${below} px below the fold)` : ''}`,
      );
    }
    await context.close();
  }
} finally {
  await browser.close();
  preview.stop();
}
