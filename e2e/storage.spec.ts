import { expect, test } from './test';
import { EMAIL, heading, LOCATION_QUESTIONS, openApp, PERSON_QUESTIONS, PHONE, putRecords, reloadApp, TEL } from './map';

test('IndexedDB holds the route graph and the contacts, and no settings until the user makes one (but the day of the last data check)', { tag: '@engines' }, async ({ page }) => {
  await openApp(page, '/');
  await expect(heading(page)).toHaveText('Signalenroutekaart mensenhandel');
  const stored = await page.evaluate(
    () =>
      new Promise<{ stores: string[]; keys: IDBValidKey[]; settings: IDBValidKey[]; routeMap: any }>((resolve, reject) => {
        const request = indexedDB.open('signalenroutekaart');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['routemap', 'settings']);
          const keys = tx.objectStore('routemap').getAllKeys();
          const settings = tx.objectStore('settings').getAllKeys();
          const current = tx.objectStore('routemap').get('current');
          tx.oncomplete = () => resolve({ stores: [...db.objectStoreNames], keys: keys.result, settings: settings.result, routeMap: current.result });
        };
      }),
  );
  expect(stored.stores).toEqual(['routemap', 'settings']);
  expect(stored.keys).toEqual(['current']);
  // The app's own: the day the published file was last found good, once its check is done (privacy.spec.ts).
  expect(stored.settings.filter((key) => key !== 'lastCheck')).toEqual([]);
  expect(Object.keys(stored.routeMap.routes)).toEqual(['persoon', 'locatie']);
  expect(stored.routeMap.routes.persoon.steps.acuut.text.nl).toBe(PERSON_QUESTIONS[0]);
  expect(stored.routeMap.partners.shop.phones.map((phone: { number: string }) => phone.number)).toEqual([PHONE.shop[0], PHONE.shop[1]]);
  expect(stored.routeMap.partners.riec.emails[0].address).toBe(EMAIL.riec);
});

test('the app reads the route map from IndexedDB, not only from the build', { tag: '@engines' }, async ({ page }) => {
  await openApp(page, '/');
  await expect(heading(page)).toHaveText('Signalenroutekaart mensenhandel');
  // Put a marked, valid, newer copy in the store: the screens must show what the store holds.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('signalenroutekaart');
        request.onsuccess = () => {
          const tx = request.result.transaction('routemap', 'readwrite');
          const store = tx.objectStore('routemap');
          const get = store.get('current');
          get.onsuccess = () => {
            const routeMap = get.result;
            routeMap.version += 1;
            routeMap.routes.locatie.title.nl = 'Locatie (uit IndexedDB)';
            store.put(routeMap, 'current');
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await reloadApp(page);
  await expect(page.getByRole('link', { name: /^Locatie \(uit IndexedDB\)/ })).toBeVisible();
});

test('a corrupt record in IndexedDB leaves the shipped data in use, and says so', async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await openApp(page, '/');
  await expect(heading(page)).toHaveText('Signalenroutekaart mensenhandel');
  await putRecords(page, [{ store: 'routemap', key: 'current', value: { version: 99, routes: 'kapot' } }]);
  await reloadApp(page);
  await expect(page.getByRole('status').filter({ hasText: 'De app kon de opgeslagen gegevens niet lezen' })).toBeVisible();
  // Said once: the next screen no longer repeats it.
  await page.getByRole('link', { name: /^Locatie/ }).click();
  await expect(heading(page)).toHaveText(LOCATION_QUESTIONS[0]);
  await expect(page.getByText('De app kon de opgeslagen gegevens niet lezen')).toHaveCount(0);
  await page.goBack();
  await reloadApp(page);
  // The next good write replaced the corrupt record: no more warning.
  await expect(page.getByRole('link', { name: /^Locatie/ })).toBeVisible();
  await expect(page.getByText('De app kon de opgeslagen gegevens niet lezen')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('with the database held by another tab that never lets go, a step link still opens with the data inside the app, and says so', { tag: '@engines' }, async ({
  page,
  context,
}) => {
  const errors: Error[] = [];
  await openApp(page, '/');
  await expect(heading(page)).toHaveText('Signalenroutekaart mensenhandel');
  // As a page frozen mid-write holds it (WebKit's back/forward cache): a write that keeps asking.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('signalenroutekaart');
        request.onsuccess = () => {
          const settings = request.result.transaction('settings', 'readwrite').objectStore('settings');
          const ask = () => {
            settings.get('municipality').onsuccess = () => {
              resolve();
              ask();
            };
          };
          ask();
        };
      }),
  );
  const other = await context.newPage();
  other.on('pageerror', (error) => errors.push(error));
  await openApp(other, '/persoon/ondersteuning-shop');
  await expect(heading(other)).toHaveText('Neem contact op met SHOP');
  await expect(other.locator(`main a[href="${TEL.shop[0]}"]`).first()).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: 'De app kon de opgeslagen gegevens niet lezen' })).toBeVisible();
  expect(errors).toEqual([]);
});
