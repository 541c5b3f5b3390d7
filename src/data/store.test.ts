import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from '../routemap/types';
import { versionDate } from '../routemap/version';
import { loadRouteMap, openRouteMapDB, storeMunicipality, storeRouteMap } from './store';

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
    expect(loaded).toMatchObject({ source: 'shipped', routeMap: shipped });
    vi.unstubAllGlobals();
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
