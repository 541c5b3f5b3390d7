/**
 * `npm run test:e2e:webkit`: the cross-engine scenarios (the @engines tests of the Playwright
 * suite) in WebKitGTK, each against a fresh copy of the build on its own origin. MiniBrowser's
 * window is desktop-sized: the phone layout is measured in Chromium; here what must work the same
 * in every engine is checked. Ends with "N passed, N failed".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { By, type WebDriver } from 'selenium-webdriver';
import { LOCATION_QUESTIONS, MAIL, PERSON_QUESTIONS, TEL, WEB } from '../map';
import { deployCopyOfBuild, type Deployment } from '../static-server';
import { KATWIJK_PARTNER, NEWER, shipped, withKatwijkPartner } from '../data';
import { startWebKit } from './webkit';

let driver: WebDriver;
let deployment: Deployment;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Reads state through scripts: elements found inside a wait go stale while the next screen mounts. */
const script = <T>(source: string, ...args: unknown[]) => driver.executeScript<T>(source, ...args);

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const heading = () => script<string>('return document.querySelector("#app[data-ready] main h1")?.textContent ?? ""');
const expectHeading = (text: string) => until(heading, (value) => value === text, `the heading should be "${text}"`);
const links = () => script<string[]>('return [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href"))');
async function expectLinks(...hrefs: string[]): Promise<void> {
  await until(links, (found) => hrefs.every((href) => found.includes(href)), `links ${hrefs.join(', ')}`);
}

async function open(path: string): Promise<void> {
  await driver.get(`${deployment.url}${path}`);
  await until(heading, (value) => value !== '', `${path} should open`);
}

/** A real WebDriver click on the button or link with this text, scrolled to the middle first. */
async function tap(text: string, within: 'main' | 'header' = 'main'): Promise<void> {
  const element = await until(
    async () => {
      const found = await driver.findElements(By.xpath(`//${within}//*[self::button or self::a][normalize-space(.)=${JSON.stringify(text)}]`));
      return found[0];
    },
    (found) => found !== undefined,
    `a button "${text}"`,
  );
  await script('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', element);
  // WebKitGTK applies scrolling asynchronously.
  await driver.sleep(150);
  await element.click();
}

async function openRoute(index: number): Promise<void> {
  await script('document.querySelectorAll("a.route-entry")[arguments[0]].scrollIntoView({ block: "center" })', index);
  await driver.sleep(150);
  await (await driver.findElements(By.css('a.route-entry')))[index].click();
}

async function waitForServiceWorker(): Promise<void> {
  await until(() => script<boolean>('return !!navigator.serviceWorker.controller'), Boolean, 'a service worker should control the page', 20_000);
}

/**
 * What a camera reads from the page's QR code: its modules as WebKit has them in the DOM (one
 * square per dark module in the SVG path), drawn into pixels here and decoded by jsQR.
 */
async function qrText(selector: string): Promise<string | undefined> {
  const { size, path } = await script<{ size: number; path: string }>(
    `const svg = document.querySelector(arguments[0]);
    return { size: svg.viewBox.baseVal.width, path: svg.querySelector('path').getAttribute('d') };`,
    selector,
  );
  const scale = 8;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}

/** axe-core's own script, run in the page as the Playwright suite runs it in Chromium and Firefox. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's WCAG 2.2 A/AA violations on the page, with target size and label in name, as in the other
 * engines: in a window as tall as the page, as the Chromium run judges it, so the sticky way-on bar
 * covers nothing that only scrolling would reveal (focus is kept clear of it, tested in Chromium).
 */
async function axeViolations(): Promise<string[]> {
  const window = await driver.manage().window().getRect();
  const [page, inner] = await script<[number, number]>('return [document.documentElement.scrollHeight, innerHeight]');
  await driver
    .manage()
    .window()
    .setRect({ ...window, height: window.height - inner + page });
  await driver.sleep(300);
  await script(AXE_SOURCE);
  try {
    return await axeRun();
  } finally {
    await driver.manage().window().setRect(window);
  }
}

function axeRun(): Promise<string[]> {
  return driver.executeAsyncScript<string[]>(`const done = arguments[arguments.length - 1];
    axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true }, 'label-content-name-mismatch': { enabled: true } },
    }).then(
      (results) => done(results.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))),
      (error) => done(['axe failed: ' + error]),
    );`);
}

const scenarios: Record<string, () => Promise<void>> = {
  async 'both routes walked with "Ja" reach every partner, each link as on the map'() {
    await open('/');
    await openRoute(0);
    await expectHeading(PERSON_QUESTIONS[0]);
    await tap('Ja');
    await expectHeading('Bel 112');
    await expectLinks(TEL.emergency);
    await tap('Volgende vraag (2 van 4)');
    await expectHeading(PERSON_QUESTIONS[1]);
    await tap('Ja');
    await tap('Weet ik niet / beide');
    await expectLinks(TEL.nla, TEL.avim, WEB.nla);
    await tap('Volgende vraag (3 van 4)');
    await tap('Ja');
    await expectLinks(...TEL.shop, MAIL.shop);
    await tap('Volgende vraag (4 van 4)');
    await tap('Ja');
    await expectLinks(TEL.zvhHaaglanden, TEL.zvhHollandsMidden, MAIL.zvhHaaglanden, MAIL.zvhHollandsMidden);
    await tap('Naar het overzicht');
    await expectHeading('Overzicht');

    await open('/');
    await openRoute(1);
    await expectHeading(LOCATION_QUESTIONS[0]);
    for (const [question, contacts, next] of [
      [0, [TEL.emergency], 'Volgende vraag (2 van 5)'],
      [1, [WEB.heit], 'Volgende vraag (3 van 5)'],
      [2, [TEL.nla, WEB.nla], 'Volgende vraag (4 van 5)'],
      [3, [WEB.heit], 'Volgende vraag (5 van 5)'],
      [4, [MAIL.riec, WEB.riec], 'Naar het overzicht'],
    ] as const) {
      await expectHeading(LOCATION_QUESTIONS[question]);
      await tap('Ja');
      await expectLinks(...contacts);
      await tap(next);
    }
    await expectHeading('Overzicht');
    const tip = await script<string>('return document.querySelector("main .tip")?.textContent ?? ""');
    check(tip.startsWith('Tip: is er in uw gemeente een signalenoverleg?'), `the summary should show the tip, not "${tip}"`);
  },

  async 'the back button goes one step back, a reload stays on the step, step URLs open their step'() {
    await open('/');
    await openRoute(1);
    await tap('Nee');
    await tap('Ja');
    await until(
      () => driver.getCurrentUrl(),
      (url) => url.endsWith('/locatie/prostitutie-heit'),
      'the step URL',
    );
    await driver.navigate().back();
    await expectHeading(LOCATION_QUESTIONS[1]);
    await driver.navigate().refresh();
    await expectHeading(LOCATION_QUESTIONS[1]);
    await driver.navigate().back();
    await expectHeading(LOCATION_QUESTIONS[0]);
    await open('/persoon/zorgen');
    await expectHeading(PERSON_QUESTIONS[3]);
  },

  async "the first paint waits for none of the app's scripts: they are fetched after it"() {
    for (const path of ['/', '/persoon/ondersteuning-shop']) {
      await open(path);
      await until(() => script<boolean>('return document.querySelector("#app[data-ready]") !== null'), Boolean, `${path} ready`);
      const [firstPaint, scripts] = await script<[number | null, number[]]>(`return [
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith('.js')).map((entry) => entry.startTime),
      ]`);
      check(firstPaint !== null, `${path}: WebKit should report the first contentful paint`);
      check(scripts.length > 0, `${path}: the app's scripts should be fetched`);
      check(Math.min(...scripts) >= firstPaint!, `${path}: the first script was fetched at ${Math.min(...scripts)} ms, before the first paint at ${firstPaint} ms`);
    }
  },
  async 'English on request, remembered across a reload; official names stay Dutch'() {
    await open('/');
    await tap('EN', 'header');
    await expectHeading('Route map for signs of human trafficking');
    await driver.navigate().refresh();
    await expectHeading('Route map for signs of human trafficking');
    check((await script<string>('return document.documentElement.lang')) === 'en', 'html lang should be en');
    await open('/persoon/ondersteuning-shop');
    await until(
      () => script<string>('return document.querySelector("main h2")?.textContent ?? ""'),
      (name) => name === 'SHOP',
      'SHOP',
    );
    await tap('NL', 'header');
    await expectHeading('Neem contact op met SHOP');
  },

  async 'the service worker takes control; with the server gone, a reload and a deep link still work'() {
    await open('/');
    await waitForServiceWorker();
    await deployment.close();
    check(
      await fetch(deployment.url).then(
        () => false,
        () => true,
      ),
      'the server should be down',
    );
    await driver.navigate().refresh();
    await expectHeading('Signalenroutekaart mensenhandel');
    await open('/locatie/ondermijning-riec');
    await expectHeading('Neem contact op met RIEC');
    await expectLinks(MAIL.riec);
  },

  async 'with the database held by another tab that never lets go, a step link still opens with the data inside the app, and says so'() {
    await open('/');
    // As a page frozen mid-write holds it (the back/forward cache): a write that keeps asking.
    await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      const request = indexedDB.open('signalenroutekaart');
      request.onsuccess = () => {
        const settings = request.result.transaction('settings', 'readwrite').objectStore('settings');
        const ask = () => { settings.get('municipality').onsuccess = () => { done(); ask(); }; };
        ask();
      };`);
    const holder = await driver.getWindowHandle();
    await driver.switchTo().newWindow('tab');
    const other = await driver.getWindowHandle();
    await open('/persoon/ondersteuning-shop');
    await expectHeading('Neem contact op met SHOP');
    await expectLinks(TEL.shop[0]);
    const notice = () => script<string>('return document.querySelector(".messages")?.textContent ?? ""');
    await until(notice, (text) => text.includes('De app kon de opgeslagen gegevens niet lezen'), 'the notice that the stored data could not be read');
    await driver.switchTo().window(holder);
    await driver.close();
    await driver.switchTo().window(other);
  },

  async 'stored data survives a reload: the route map in IndexedDB and the chosen municipality'() {
    await open('/persoon/zorgen-zvh');
    await script(`const select = document.querySelector('#outcome-municipality');
      select.value = 'Katwijk';
      select.dispatchEvent(new Event('change', { bubbles: true }));`);
    await expectHeading('Neem contact op met Zorg- en Veiligheidshuis Hollands Midden');
    await driver.navigate().refresh();
    await expectHeading('Neem contact op met Zorg- en Veiligheidshuis Hollands Midden');
    const stored = await driver.executeAsyncScript<number>(`const done = arguments[arguments.length - 1];
      const request = indexedDB.open('signalenroutekaart');
      request.onsuccess = () => {
        const get = request.result.transaction('routemap').objectStore('routemap').get('current');
        get.onsuccess = () => done(get.result?.version ?? 0);
      };
      request.onerror = () => done(-1);`);
    check(stored >= shipped.version, `IndexedDB should hold the route map, found version ${stored}`);
  },

  async 'a newer published data file reaches the installed app, and stays offline'() {
    await open('/');
    await waitForServiceWorker();
    const file = join(deployment.root, 'data', 'routekaart.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.version = NEWER.version;
    data.partners.shop.purpose.nl = 'Ondersteuning, opvang of een advocaat (bijgewerkt in WebKit)';
    writeFileSync(file, JSON.stringify(data));
    await driver.navigate().refresh();
    await until(
      () => script<string>('return document.querySelector("main .notice")?.textContent ?? ""'),
      (text) => text.startsWith('De app heeft nieuwe contactgegevens'),
      'the update notice',
    );
    await deployment.close();
    await open('/persoon/ondersteuning-shop');
    await until(
      () => script<string>('return document.querySelector("main").textContent'),
      (text) => text.includes('(bijgewerkt in WebKit)'),
      'the new text, offline',
    );
  },

  async 'a newer file with a line break and a vCard TEL line in a web address is refused; the next correct file arrives'() {
    await open('/');
    await waitForServiceWorker();
    const file = join(deployment.root, 'data', 'routekaart.json');
    const original = readFileSync(file, 'utf8');
    const hostile = JSON.parse(original);
    hostile.version = NEWER.version;
    hostile.partners.riec.websites[0].url = `${WEB.riec}\r\nTEL;TYPE=CELL:+31612345678`;
    hostile.partners.riec.purpose.nl = 'Uit het geweigerde bestand';
    writeFileSync(file, JSON.stringify(hostile));
    // Fetched (the browser's own record of it), then a moment for the check that refuses it.
    const checked = async () => {
      await until(
        () => script<number>('return performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith("/data/routekaart.json")).length'),
        (count) => count > 0,
        'the published file fetched',
      );
      await driver.sleep(1000);
    };
    await driver.navigate().refresh();
    await checked();
    await open('/locatie/ondermijning-riec');
    // This page's own check is done too, so the correct file below is found by the reload.
    await checked();
    await expectLinks(MAIL.riec, WEB.riec);
    const main = await script<string>(
      'return document.querySelector("main").textContent + " " + [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href")).join(" ")',
    );
    check(!main.includes('+31612345678') && !main.includes('Uit het geweigerde bestand'), 'nothing of the refused file should reach the screen or a link');

    const good = JSON.parse(original);
    good.version = NEWER.version + 1;
    good.partners.riec.purpose.nl = 'Bijgewerkt na het geweigerde bestand (WebKit)';
    writeFileSync(file, JSON.stringify(good));
    await driver.navigate().refresh();
    await until(
      () => script<string>('return document.querySelector("main .notice")?.textContent ?? ""'),
      (text) => text.startsWith('De app heeft nieuwe contactgegevens'),
      'the update notice',
    );
    await until(
      () => script<string>('return document.querySelector("main").textContent'),
      (text) => text.includes('Bijgewerkt na het geweigerde bestand (WebKit)'),
      "the correct file's text",
    );
  },

  async "a municipality's own contact: marked and offered with the picker, never shown in Delft"() {
    await open('/');
    await waitForServiceWorker();
    writeFileSync(join(deployment.root, 'data', 'routekaart.json'), JSON.stringify(withKatwijkPartner(shipped)));
    await driver.navigate().refresh();
    await until(
      () => script<string>('return document.querySelector("main .notice")?.textContent ?? ""'),
      (text) => text.startsWith('De app heeft nieuwe contactgegevens'),
      'the update notice',
    );
    await open(`/locatie/${KATWIJK_PARTNER.step}`);
    await expectHeading(`Neem contact op met RIEC en ${KATWIJK_PARTNER.name}`);
    await expectLinks(KATWIJK_PARTNER.tel, MAIL.riec);
    const marked = await script<string>('return document.querySelector(\'main .card[data-partner="overleg-katwijk"] .partner-for\')?.textContent ?? ""');
    check(marked === 'Alleen voor Katwijk', `the card should say "Alleen voor Katwijk", not "${marked}"`);
    const choose = (name: string) =>
      script(
        `const select = document.querySelector('#outcome-municipality');
        select.value = arguments[0];
        select.dispatchEvent(new Event('change', { bubbles: true }));`,
        name,
      );
    await choose('Delft');
    await expectHeading('Neem contact op met RIEC');
    check(!(await links()).includes(KATWIJK_PARTNER.tel), "Delft should not get Katwijk's number");
    await open('/partners');
    const listed = await script<boolean>('return document.querySelector("main").textContent.includes(arguments[0])', KATWIJK_PARTNER.name);
    check(!listed, "Alle partners should not list Katwijk's contact in Delft");
  },

  async "De hele routekaart draws both routes: every question in order, every partner's link"() {
    await open('/routekaart');
    await expectHeading('De hele routekaart');
    const questions = await script<string[][]>(`return [...document.querySelectorAll('main .map-route')].map((route) =>
      [...route.querySelectorAll('h3')].map((h) => h.textContent.replace(/^Vraag \\d+\\s*/, '')))`);
    check(JSON.stringify(questions) === JSON.stringify([PERSON_QUESTIONS, LOCATION_QUESTIONS]), `the drawn questions should be the map's, found ${JSON.stringify(questions)}`);
    await expectLinks(TEL.emergency, TEL.nla, TEL.avim, ...TEL.shop, TEL.zvhHaaglanden, TEL.zvhHollandsMidden, ...Object.values(MAIL), ...Object.values(WEB));
  },

  async "Deel de app: a QR code of the app's own address, big enough to scan"() {
    await open('/instellingen');
    const text = await until(
      () => qrText('main .share-app svg.qr-code'),
      (value) => value !== undefined,
      'a readable QR code',
    );
    check(text === `${deployment.url}/`, `the QR code should hold ${deployment.url}/, not ${text}`);
    const width = await script<number>('return document.querySelector("main .share-app svg.qr-code").getBoundingClientRect().width');
    check(width >= 200, `the QR code should be at least 200 px wide, not ${width}`);
  },

  async 'Over deze app from Instellingen and Alle partners, in both languages, with the server gone; Instellingen says the phone works offline'() {
    await open('/');
    await waitForServiceWorker();
    await deployment.close();
    await open('/instellingen');
    const verdict = () => script<string>('return document.getElementById("readiness-verdict")?.textContent ?? ""');
    await until(
      verdict,
      (text) => text === 'Ja, deze telefoon is klaar voor gebruik zonder internet.' || text === 'Deze telefoon werkt nu zonder internet. Maar de browser kan de app wissen.',
      'the line saying it works offline',
    );
    const owners = ['Uitgever', 'Status', 'Lees de toegankelijkheidsverklaring', 'Een probleem melden', 'Publisher', 'Report a problem'];
    const expectAbout = async (title: string) => {
      await expectHeading(title);
      const main = await script<string>('return document.querySelector("main").textContent');
      check(main.includes(String(shipped.version)), "the data's version");
      for (const part of owners) check(!main.includes(part), `"${part}" needs the owners' facts, which the data file lacks`);
      const external = (await links()).filter((href) => !href.startsWith('/'));
      check(external.length === 0, `no link to anything outside the app, found ${external.join(', ')}`);
    };
    await tap('Over deze app');
    await expectAbout('Over deze app');
    await open('/partners');
    await tap('Over deze app');
    await expectAbout('Over deze app');
    await tap('EN', 'header');
    await expectAbout('About this app');
    await open('/instellingen');
    await tap('About this app');
    await expectAbout('About this app');
  },

  async 'the main screens have no WCAG 2.2 AA violations (axe) in WebKit, in both languages'() {
    const found: string[] = [];
    for (const language of ['nl', 'en']) {
      await open('/');
      await script('localStorage.setItem("signalenroutekaart.language", arguments[0])', language);
      for (const path of ['/', '/persoon/acuut', '/persoon/ondersteuning-shop', '/locatie/einde', '/partners', '/instellingen', '/over']) {
        await open(path);
        await until(
          () => script<string>('return document.documentElement.lang'),
          (lang) => lang === language,
          `${path} in ${language}`,
        );
        for (const violation of await axeViolations()) found.push(`${language} ${path}: ${violation}`);
      }
    }
    check(found.length === 0, found.join('\n      '));
  },

  async 'the editor at /beheer checks a number as it is typed, shows it on the real screen and keeps the draft'() {
    await open('/beheer');
    await script('document.querySelector(\'details[data-partner="shop"]\').open = true');
    const mobile = () => driver.findElement(By.id('veld-partners_shop_phones_1__number'));
    const state = () =>
      script<{ value: string; invalid: string | null; message: string }>(`const input = document.getElementById('veld-partners_shop_phones_1__number');
        const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
        return { value: input.value, invalid: input.getAttribute('aria-invalid'), message: document.getElementById(ids[1] ?? '')?.textContent ?? '' };`);
    await script('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', await mobile());
    await driver.sleep(150);
    await (await mobile()).clear();
    await (await mobile()).sendKeys('06-1234');
    await until(state, (field) => field.invalid === 'true' && field.message.startsWith('Dit is geen geldig Nederlands telefoonnummer'), 'the wrong number marked');
    await (await mobile()).sendKeys('5678');
    await until(state, (field) => field.invalid === null && field.value === '06-12345678', 'the right number unmarked');
    await script(`const select = document.getElementById('voorbeeld-scherm');
      select.value = '/persoon/ondersteuning-shop';
      select.dispatchEvent(new Event('change', { bubbles: true }));`);
    await until(
      () => script<boolean>('return !!document.querySelector("iframe.preview-frame").contentDocument?.querySelector(\'main a[href="tel:+31612345678"]\')'),
      Boolean,
      'the preview showing the new number',
    );
    await driver.navigate().refresh();
    await until(heading, (value) => value === 'Routekaart beheren', 'the editor after a reload');
    await until(state, (field) => field.value === '06-12345678', 'the draft after a reload');
  },

  async 'the editor adds a partner for Katwijk alone: at least one municipality asked for, the change said with it'() {
    await open('/beheer');
    await script(`const name = document.getElementById('new-partner-name');
      name.value = 'Stichting Voorbeeld';
      name.dispatchEvent(new Event('input', { bubbles: true }));
      name.form.requestSubmit();`);
    const scope = '[data-partner="stichting-voorbeeld"] .editor-scope';
    await until(
      () => script<number>(`return document.querySelectorAll(arguments[0] + ' input[type="radio"]').length`, scope),
      (count) => count === 3,
      "the new partner's scope choices",
    );
    await script(`document.querySelectorAll(arguments[0] + ' input[type="radio"]')[2].click()`, scope);
    const problems = () => script<string>('return document.getElementById("problemen").textContent');
    await until(problems, (text) => text.includes('Kies minstens één gemeente.'), 'the empty municipality list as a problem');
    await script(`[...document.querySelectorAll(arguments[0] + ' label')].find((label) => label.textContent.trim() === 'Katwijk').querySelector('input').click()`, scope);
    await until(
      () => script<string>('return document.querySelector("#wijzigingen .changes--reach")?.textContent ?? ""'),
      (text) => text === 'Partner ‘Stichting Voorbeeld’ toegevoegd, voor Katwijk',
      'the change summary naming Katwijk',
    );
    check(!(await problems()).includes('Kies minstens één gemeente.'), 'Katwijk ticked should end that problem');
  },

  async 'the editor puts a new question into a route, draws it beside the forms and keeps it in the draft'() {
    await open('/beheer');
    const drawn = () => script<number>('return document.querySelectorAll(".editor-diagram h3").length');
    await until(drawn, (count) => count === PERSON_QUESTIONS.length, 'the person route drawn');
    await script(`document.querySelector('details[data-route="persoon"]').open = true;
      const link = [...document.querySelectorAll('[data-step="ondersteuning"] .editor-link')].find((div) => div.textContent.includes('Bij Nee'));
      [...link.querySelectorAll('button')].find((button) => button.textContent === 'Zet hier een nieuwe vraag tussen').click();`);
    await until(drawn, (count) => count === PERSON_QUESTIONS.length + 1, 'the new question drawn');
    const problems = await script<string>('return document.getElementById("problemen").textContent');
    check(problems.includes('Vul dit in') || problems.includes('Vul de tekst'), `the empty question should be a problem, found "${problems}"`);
    await driver.navigate().refresh();
    await until(heading, (value) => value === 'Routekaart beheren', 'the editor after a reload');
    await until(drawn, (count) => count === PERSON_QUESTIONS.length + 1, 'the new question kept in the draft');
  },
};

/** Where the page was when a scenario failed: enough to tell a slow start from a wrong screen. */
async function pageState(): Promise<string> {
  return driver
    .executeAsyncScript<string>(`const done = arguments[arguments.length - 1];
      const app = document.getElementById('app');
      const state = { url: location.href, lang: document.documentElement.lang, app: { ...app?.dataset },
        controlled: !!navigator.serviceWorker?.controller, main: document.querySelector('main')?.innerText.slice(0, 200),
        loaded: performance.getEntriesByType('resource').map((entry) => entry.name.replace(location.origin, '')) };
      const timer = setTimeout(() => done(JSON.stringify({ ...state, indexedDB: 'no answer in 1 s' })), 1000);
      const request = indexedDB.open('signalenroutekaart');
      request.onerror = () => { clearTimeout(timer); done(JSON.stringify({ ...state, indexedDB: String(request.error) })); };
      request.onsuccess = () => {
        const db = request.result;
        const read = db.transaction('settings').objectStore('settings').get('municipality');
        read.onsuccess = () => { clearTimeout(timer); db.close(); done(JSON.stringify({ ...state, indexedDB: 'opens and reads' })); };
        read.onerror = () => { clearTimeout(timer); done(JSON.stringify({ ...state, indexedDB: 'cannot read: ' + read.error })); };
      };`)
    .catch((error) => `(no page state: ${error})`);
}

const webkit = await startWebKit();
driver = webkit.driver;
console.log(`WebKitGTK ${webkit.version} (MiniBrowser) through WebKitWebDriver`);
let passed = 0;
let failed = 0;
const started = Date.now();
try {
  // WEBKIT_GREP=text runs only the scenarios whose name contains it, WEBKIT_REPEAT=n times each.
  const chosen = Object.entries(scenarios).filter(([name]) => name.includes(process.env.WEBKIT_GREP ?? ''));
  const runs = chosen.flatMap((entry) => Array.from({ length: Number(process.env.WEBKIT_REPEAT ?? 1) }, () => entry));
  for (const [name, scenario] of runs) {
    deployment = await deployCopyOfBuild();
    const start = Date.now();
    try {
      await scenario();
      passed++;
      console.log(`  ✓ [webkit] ${name} (${((Date.now() - start) / 1000).toFixed(1)}s)`);
    } catch (error) {
      failed++;
      console.log(`  ✘ [webkit] ${name}\n      ${(error as Error).message || String(error)}\n      ${await pageState()}`);
    } finally {
      await deployment.close().catch(() => undefined);
    }
  }
} finally {
  await webkit.stop();
}
console.log(`\n${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)}s)`);
process.exitCode = failed > 0 ? 1 : 0;
