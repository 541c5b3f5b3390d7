/**
 * What the printed map says, copied here by hand from ../shared/source so the tests check the
 * app against the map itself, not against the app's own data file.
 */
import { expect, type Page } from '@playwright/test';

/** Each partner's numbers as the map prints them (and the screens show them, to copy). */
export const PHONE = {
  nla: '0800-5151',
  avim: '0900-8844',
  shop: ['070-3614747', '06-14007438'],
  zvhHaaglanden: '070-7570900',
  zvhHollandsMidden: '088-3084343',
};

/** The same numbers as the app must dial them: international, but 0800/0900 as they are. */
export const TEL = {
  emergency: 'tel:112',
  nla: 'tel:08005151',
  avim: 'tel:09008844',
  shop: ['tel:+31703614747', 'tel:+31614007438'],
  zvhHaaglanden: 'tel:+31707570900',
  zvhHollandsMidden: 'tel:+31883084343',
};

/** Each partner's e-mail address as the map prints it. */
export const EMAIL = {
  shop: 'zoco@shop-denhaag.nl',
  zvhHaaglanden: 'veiligheidshuishaaglanden@zvhh.nl',
  zvhHollandsMidden: 'infoZVH@zvhhm.nl',
  riec: 'bb-riec@denhaag.nl',
};

/** The same addresses as the app links them: with the subject the partners know (in Dutch, in either language). */
const SUBJECT = '?subject=Signaal%20mensenhandel';
export const MAIL = {
  shop: `mailto:${EMAIL.shop}${SUBJECT}`,
  zvhHaaglanden: `mailto:${EMAIL.zvhHaaglanden}${SUBJECT}`,
  zvhHollandsMidden: `mailto:${EMAIL.zvhHollandsMidden}${SUBJECT}`,
  riec: `mailto:${EMAIL.riec}${SUBJECT}`,
};

export const WEB = {
  nla: 'https://www.nlarbeidsinspectie.nl/onderwerpen/melden',
  heit: 'https://www.denhaag.nl/nl/veiligheid/haags-economisch-interventie-team-heit/',
  riec: 'https://www.riec.nl/contact',
};

export const PERSON_QUESTIONS = [
  'Heeft het slachtoffer acute hulp of ingrijpen nodig?',
  'Wil het slachtoffer aangifte doen of met de politie praten voor een oriënterend gesprek?',
  'Wil het slachtoffer ondersteuning van een hulpverlener / opvang / praten met een advocaat?',
  'Maakt u zich toch ernstige zorgen om het slachtoffer maar krijgt u geen grip op de persoon of de situatie?',
];

export const LOCATION_QUESTIONS = [
  'Heeft het slachtoffer acute hulp of ingrijpen nodig?',
  'Zijn er signalen van illegale prostitutie of seksuele uitbuiting in een woning of in (vergunde) seksinrichting?',
  'Zijn er signalen van arbeidsuitbuiting, onveilige werksituaties en/of illegale tewerkstelling?',
  'Zijn er signalen van andere vormen van ondermijning in de branches automotive, horeca, non-reguliere supermarkten? Bijvoorbeeld witwassen, hygiëne, douane.',
  'Zijn er signalen van (grootschalige) ondermijning waarbij partners een gezamenlijk belang hebben?',
];

/** Opens a page of the app and waits until the app has taken over the prerendered HTML. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await appReady(page);
}

export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await appReady(page);
}

/** The client has replaced the prerendered HTML, and the screen (loaded lazily) is up. */
export async function appReady(page: Page): Promise<void> {
  await page.locator('#app[data-ready] main h1').waitFor();
}

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The main part of the screen, without the header's 112 link. */
export const screen = (page: Page) => page.locator('main');

/** 112 must be one tap away, whatever the screen. */
export async function expectEmergencyCall(page: Page): Promise<void> {
  const call = page.getByRole('banner').getByRole('link', { name: /112/ });
  await expect(call).toBeVisible();
  await expect(call).toHaveAttribute('href', 'tel:112');
}

export async function expectLink(page: Page, href: string): Promise<void> {
  const links = screen(page).locator(`a[href="${href}"]`);
  await expect(links.first()).toBeVisible();
}

export async function tap(page: Page, name: string): Promise<void> {
  await screen(page).getByRole('button', { name, exact: true }).click();
}

export async function openRoute(page: Page, title: string): Promise<void> {
  await screen(page)
    .getByRole('link', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) })
    .click();
}

/** Waits until the service worker controls the page, so the app works offline from now on. */
export async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!navigator.serviceWorker.controller) throw new Error('no service worker controls the page');
  });
}

/** Until any (smooth) scroll has come to rest: three frames at the same position, two seconds at most. */
export async function scrollAtRest(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let still = 0, last = -1, frames = 0; still < 3 && frames < 120; frames++) {
      await frame();
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
    }
  });
}

/** Writes records straight into the app's IndexedDB, as a bug or another app version might. */
export async function putRecords(page: Page, records: Array<{ store: string; key: string; value: unknown }>): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('signalenroutekaart');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction([...new Set(records.map((record) => record.store))], 'readwrite');
          for (const { store, key, value } of records) tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}
