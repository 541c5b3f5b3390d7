/**
 * The only code that touches IndexedDB. It keeps one record: the newest valid route map.
 * Whatever goes wrong here, the app gets a valid route map: the copy inside the build.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RouteMap } from '../routemap/types';
import { validateRouteMap, describeProblems } from '../routemap/validate';

const DB_NAME = 'signalenroutekaart';
const DB_VERSION = 1;
const CURRENT = 'current';
/** A second tab holding an older version open must not hang start-up. */
const OPEN_TIMEOUT_MS = 2000;

export interface RouteMapDB extends DBSchema {
  routemap: { key: string; value: RouteMap };
}

export type LoadedRouteMap = {
  routeMap: RouteMap;
  /** Where the data came from: IndexedDB, or the copy inside the build. */
  source: 'stored' | 'shipped';
  /** Set when stored data existed but could not be used, so the user can be told. */
  storedDataUnusable?: boolean;
};

async function shippedRouteMap(): Promise<RouteMap> {
  const file = (await import('../../data/routekaart.json')).default;
  const result = validateRouteMap(file);
  // The build refuses an invalid file, so this only fires on a broken build.
  if (!result.ok) throw new Error(`The shipped route map is invalid:\n${describeProblems(result.problems)}`);
  return result.routeMap;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`IndexedDB did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export function openRouteMapDB(): Promise<IDBPDatabase<RouteMapDB>> {
  const opening = openDB<RouteMapDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('routemap');
    },
    blocking(_current, _blocked, event) {
      // A newer version of the app opened in another tab: let it upgrade.
      (event.target as IDBDatabase).close();
    },
  });
  return withTimeout(opening, OPEN_TIMEOUT_MS);
}

/**
 * Reads the route map from IndexedDB; on the first run, or when the build ships a newer
 * version, writes the shipped copy there first.
 */
export async function loadRouteMap(): Promise<LoadedRouteMap> {
  let db: IDBPDatabase<RouteMapDB>;
  try {
    db = await openRouteMapDB();
  } catch (error) {
    console.warn('IndexedDB is not available; using the route map inside the app.', error);
    return { routeMap: await shippedRouteMap(), source: 'shipped' };
  }
  try {
    let stored: unknown;
    let storedDataUnusable = false;
    try {
      stored = await db.get('routemap', CURRENT);
    } catch (error) {
      console.warn('The stored route map could not be read.', error);
      storedDataUnusable = true;
    }
    const validation = stored === undefined ? undefined : validateRouteMap(stored);
    if (validation && !validation.ok) {
      console.warn(`The stored route map is invalid; replacing it.\n${describeProblems(validation.problems)}`);
      storedDataUnusable = true;
    }
    const shipped = await shippedRouteMap();
    if (validation?.ok && validation.routeMap.version >= shipped.version) {
      return { routeMap: validation.routeMap, source: 'stored' };
    }
    try {
      await db.put('routemap', shipped, CURRENT);
    } catch (error) {
      console.warn('The route map could not be stored; using it from memory.', error);
      return { routeMap: shipped, source: 'shipped', storedDataUnusable };
    }
    return { routeMap: shipped, source: 'stored', storedDataUnusable };
  } finally {
    db.close();
  }
}
