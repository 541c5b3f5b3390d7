import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from '../routemap/types';
import { versionDate } from '../routemap/version';
import { ANSWER_TIMEOUT_MS, loadRouteMap, openRouteMapDB, storeMunicipality, storeRouteMap } from './store';

/** The page's window, as far as the store listens to it. */
const page = new EventTarget();
vi.stubGlobal('addEventListener', page.addEventListener.bind(page));

/**
 * A write that never ends, as in a page frozen in the back/forward cache: its transaction keeps
 * asking, so it holds the settings until it is aborted. Resolves once it holds them.
 */
async function writeThatNeverEnds(): Promise<IDBTransaction> {
  const db = await openRouteMapDB();
  const transaction = db.transaction('settings', 'readwrite');
  // Its end is an abort, on purpose.
  transaction.done.catch(() => undefined);
  const settings = unwrap(transaction).objectStore('settings');
  await new Promise<void>((resolve) => {
    const ask = () => {
      const request = settings.get('municipality');
      request.onsuccess = () => {
        resolve();
        ask();
      };
    };
    ask();
  });
  return unwrap(transaction);
}

async function storedRecord(): Promise<unknown> {
  const db = await openRouteMapDB();
  try {
    return await db.get('routemap', 'current');
  } finally {
    db.close();
  }
}

async function store(value: unknown): Promise<void> {
  const db = await openRouteMapDB();
  await db.put('routemap', value as never, 'current');
  db.close();
}

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => vi.restoreAllMocks());

describe('the route map store', () => {
  it('writes the shipped copy to IndexedDB on the first run', async () => {
    const loaded = await loadRouteMap();
    expect(loaded).toMatchObject({ source: 'stored', routeMap: { version: shipped.version } });
    expect(loaded.storedDataUnusable).toBeFalsy();
    expect(await storedRecord()).toEqual(shipped);
  });

  it('reads a newer valid copy from IndexedDB rather than the shipped one', async () => {
    const newer = structuredClone(shipped);
    newer.version = shipped.version + 1;
    newer.partners.shop.purpose.nl = 'Bijgewerkt';
    await store(newer);
    const loaded = await loadRouteMap();
    expect(loaded.source).toBe('stored');
    expect(loaded.routeMap.partners.shop.purpose.nl).toBe('Bijgewerkt');
  });

  it.each([
    ['60 days behind', -60],
    ['a year ahead', 365],
  ])('keeps a stored copy that was valid when stored, with the clock %s of its date', async (_, days) => {
    // Published the day before the clock moves, so the file is only "ahead" by the clock's fault.
    const newer = structuredClone(shipped);
    newer.version = shipped.version + 1;
    newer.partners.shop.purpose.nl = 'Bijgewerkt';
    await store(newer);
    const published = new Date(`${versionDate(newer.version)}T12:00:00Z`);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(published.getTime() + days * 24 * 60 * 60 * 1000) });
    try {
      const loaded = await loadRouteMap();
      expect(loaded.storedDataUnusable).toBeFalsy();
      expect(loaded.routeMap.partners.shop.purpose.nl).toBe('Bijgewerkt');
      expect(await storedRecord()).toEqual(newer);
    } finally {
      vi.useRealTimers();
    }
  });

  it('replaces an older stored copy with the newer one in the build', async () => {
    const older = structuredClone(shipped);
    older.version = shipped.version - 1;
    older.partners.shop.purpose.nl = 'Verouderd';
    await store(older);
    const loaded = await loadRouteMap();
    expect(loaded.storedDataUnusable).toBeFalsy();
    expect(loaded.routeMap).toEqual(shipped);
    expect(await storedRecord()).toEqual(shipped);
  });

  it('replaces a corrupt record with the shipped copy, and says the stored data was unusable', async () => {
    await store({ version: 99, routes: 'kapot' });
    const loaded = await loadRouteMap();
    expect(loaded.storedDataUnusable).toBe(true);
    expect(loaded.routeMap).toEqual(shipped);
    expect(await storedRecord()).toEqual(shipped);
  });

  it('falls back to the shipped copy in memory when IndexedDB cannot be opened', async () => {
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const loaded = await loadRouteMap();
    expect(loaded).toMatchObject({ source: 'shipped', routeMap: shipped, storedDataUnusable: false });
    vi.unstubAllGlobals();
  });

  it('says so when IndexedDB is there but does not open (an older tab holds it): what it holds may be newer', async () => {
    const older = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('signalenroutekaart', 2);
      request.onupgradeneeded = () => request.result.createObjectStore('routemap');
      // It never answers the newer version's request to let go.
      request.onsuccess = () => resolve(request.result);
    });
    const loaded = await loadRouteMap();
    expect(loaded).toMatchObject({ source: 'shipped', routeMap: shipped, storedDataUnusable: true });
    older.close();
  });
});

describe('upgrading from an older IndexedDB schema', () => {
  it('keeps working from a version 1 database, adds the settings store and drops stores it does not know', async () => {
    const older = structuredClone(shipped);
    older.version = shipped.version - 1;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('signalenroutekaart', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('routemap').put(older, 'current');
        request.result.createObjectStore('contacts-prototype').put({ naam: 'oud' }, 'x');
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });

    const loaded = await loadRouteMap();
    expect(loaded.routeMap).toEqual(shipped);
    const db = await openRouteMapDB();
    expect([...db.objectStoreNames].sort()).toEqual(['routemap', 'settings']);
    db.close();
  });
});

describe('storing updates and settings', () => {
  it('stores a newer route map and never overwrites it with an older one', async () => {
    await loadRouteMap();
    const newer = structuredClone(shipped) as RouteMap;
    newer.version = shipped.version + 5;
    expect(await storeRouteMap(newer)).toBe(true);
    const older = structuredClone(shipped) as RouteMap;
    older.version = shipped.version + 1;
    await storeRouteMap(older);
    expect(await storedRecord()).toMatchObject({ version: shipped.version + 5 });
  });

  it('remembers and forgets the municipality', async () => {
    await storeMunicipality('Leiden');
    expect((await loadRouteMap()).settings).toEqual({ municipality: 'Leiden' });
    await storeMunicipality(undefined);
    expect((await loadRouteMap()).settings).toEqual({});
  });
});

describe('a page that leaves, or a database that does not answer', () => {
  it('a write cut off as the page is hidden holds up no other page: the next start reads the stored map', async () => {
    await storeMunicipality('Leiden');
    const write = await writeThatNeverEnds();
    page.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => write.addEventListener('abort', resolve));
    const loaded = await loadRouteMap();
    expect(loaded).toMatchObject({ source: 'stored', settings: { municipality: 'Leiden' } });
    expect(loaded.storedDataUnusable).toBeFalsy();
  });

  it('a database that does not answer costs the start 3 seconds: then the copy inside the app, said plainly, and nothing stored is overwritten', async () => {
    const newer = structuredClone(shipped);
    newer.version = shipped.version + 1;
    await store(newer);
    const write = await writeThatNeverEnds();
    const started = Date.now();
    const loaded = await loadRouteMap();
    expect(Date.now() - started).toBeGreaterThanOrEqual(ANSWER_TIMEOUT_MS - 50);
    expect(loaded).toMatchObject({ source: 'shipped', routeMap: shipped, storedDataUnusable: true });
    write.abort();
    expect(await storedRecord()).toEqual(newer);
  });
});
