/**
 * The app's database on the device: the newest valid route map and the user's settings (their
 * municipality, and the day the data was last found current), nothing else. Whatever goes wrong here, the app gets a valid route map: the copy
 * inside the build.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { RouteMap } from '../routemap/types';
import { inPieces } from '../routemap/pieces';
import { whenIdle } from '../platform/idle';
import { NoAnswer, openDatabase, withDatabase, withTimeout } from './database';

/** The validator is only needed once something is stored: keep it off the first visit's critical path. */
const loadValidator = () => import('../routemap/validate');

const DB_NAME = 'signalenroutekaart';
/**
 * 1: the route map. 2: adds the settings store. 3: the editor's drafts, which have their own
 * database since (src/editor/draft-store.ts moves a draft left here; the next version drops the store).
 */
const DB_VERSION = 3;
const CURRENT = 'current';
/** The stored map's answer at start-up is waited for this long at most: then the copy inside the app. */
export const ANSWER_TIMEOUT_MS = 3000;

export interface Settings {
  /** The user's own municipality, to show only the partners of its region. */
  municipality?: string;
  /**
   * The day (YYYY-MM-DD, no time) the server last answered with a good data file: how current
   * the contacts on this phone are, for the readiness line. A fact about the data, not about a
   * signal: the day only, overwritten on every launch with internet.
   */
  lastCheck?: string;
}

export interface RouteMapDB extends DBSchema {
  routemap: { key: string; value: RouteMap };
  settings: { key: keyof Settings; value: string };
}

export type LoadedRouteMap = {
  routeMap: RouteMap;
  /** Where the data came from: IndexedDB, or the copy inside the build (in memory only). */
  source: 'stored' | 'shipped';
  /** Set when stored data existed but could not be used, so the user can be told. */
  storedDataUnusable?: boolean;
  settings: Settings;
};

/** The copy inside the build. The build refuses an invalid file, so it is not checked again here. */
async function shippedRouteMap(): Promise<RouteMap> {
  return (await import('../../data/routekaart.json')).default as RouteMap;
}

export function openRouteMapDB(): Promise<IDBPDatabase<RouteMapDB>> {
  return openDatabase<RouteMapDB>(DB_NAME, DB_VERSION, (db, oldVersion) => {
    // Stores this version does not know come from an older or foreign schema: drop them.
    const known: string[] = ['routemap', 'settings'];
    for (const name of [...db.objectStoreNames]) if (!known.includes(name)) db.deleteObjectStore(name as never);
    if (oldVersion < 1 || !db.objectStoreNames.contains('routemap')) db.createObjectStore('routemap');
    if (oldVersion < 2 || !db.objectStoreNames.contains('settings')) db.createObjectStore('settings');
  });
}

async function readSettings(db: IDBPDatabase<RouteMapDB>): Promise<Settings> {
  try {
    const municipality = await db.get('settings', 'municipality');
    return typeof municipality === 'string' ? { municipality } : {};
  } catch (error) {
    console.warn('The settings could not be read.', error);
    return {};
  }
}

interface Stored {
  settings: Settings;
  stored: unknown;
  storedDataUnusable: boolean;
}

async function readStored(db: IDBPDatabase<RouteMapDB>): Promise<Stored> {
  const settings = await readSettings(db);
  try {
    return { settings, stored: await db.get('routemap', CURRENT), storedDataUnusable: false };
  } catch (error) {
    console.warn('The stored route map could not be read.', error);
    return { settings, stored: undefined, storedDataUnusable: true };
  }
}

/**
 * Reads the route map from IndexedDB; on the first run, or when the build ships a newer
 * version, writes the shipped copy there first.
 */
export async function loadRouteMap(): Promise<LoadedRouteMap> {
  // Fetch the shipped copy and the validator while IndexedDB opens: start-up waits for the
  // slowest only. (The validator is needed soon anyway, for the published-data check.)
  const shippedLoading = shippedRouteMap();
  const validatorLoading = loadValidator();
  // Awaited below only when something is stored; a failure is seen there, not as an unhandled rejection.
  validatorLoading.catch(() => undefined);
  let db: IDBPDatabase<RouteMapDB>;
  try {
    db = await openRouteMapDB();
  } catch (error) {
    console.warn('IndexedDB is not available; using the route map inside the app.', error);
    // Held back is not absent: what is stored there is newer, perhaps, and the user is told.
    return { routeMap: await shippedLoading, source: 'shipped', storedDataUnusable: error instanceof NoAnswer, settings: {} };
  }
  try {
    let read: Stored;
    try {
      read = await withTimeout(readStored(db), ANSWER_TIMEOUT_MS);
    } catch (error) {
      // Another page of the app holds the database (WebKit, a frozen page): go on without it.
      console.warn('IndexedDB did not answer; using the route map inside the app.', error);
      return { routeMap: await shippedLoading, source: 'shipped', storedDataUnusable: true, settings: {} };
    }
    const { settings, stored } = read;
    let { storedDataUnusable } = read;
    const [validator, shipped] = await Promise.all([stored === undefined ? undefined : validatorLoading, shippedLoading]);
    // In pieces: a large stored map must not hold up a tap on the home screen.
    const validation = validator && (await inPieces(validator.validationOf(stored), whenIdle));
    if (validator && validation && !validation.ok) {
      console.warn(`The stored route map is invalid; replacing it.\n${validator.describeProblems(validation.problems)}`);
      storedDataUnusable = true;
    }
    if (validation?.ok && validation.routeMap.version >= shipped.version) {
      return { routeMap: validation.routeMap, source: 'stored', settings };
    }
    try {
      await db.put('routemap', shipped, CURRENT);
    } catch (error) {
      console.warn('The route map could not be stored; using it from memory.', error);
      return { routeMap: shipped, source: 'shipped', storedDataUnusable, settings };
    }
    return { routeMap: shipped, source: 'stored', storedDataUnusable, settings };
  } finally {
    db.close();
  }
}

function versionOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
}

/** Stores a validated route map if it is newer than the stored one. False if it could not be stored. */
export function storeRouteMap(routeMap: RouteMap): Promise<boolean> {
  return withDatabase(
    openRouteMapDB,
    async (db) => {
      const { validateRouteMap, validationOf } = await loadValidator();
      // Judged in pieces before the transaction, which would end during the pauses.
      const before = await db.get('routemap', CURRENT);
      const beforeValid = (await inPieces(validationOf(before), whenIdle)).ok;
      const tx = db.transaction('routemap', 'readwrite');
      const stored = await tx.store.get(CURRENT);
      // Another tab may have stored a map meanwhile: that one is judged at once (it hardly ever happens).
      const valid = versionOf(stored) === versionOf(before) ? beforeValid : validateRouteMap(stored).ok;
      const storedVersion = valid ? (stored as RouteMap).version : 0;
      if (routeMap.version > storedVersion) await tx.store.put(routeMap, CURRENT);
      await tx.done;
      return true;
    },
    false,
    'The new route map could not be stored; it is used until the app closes.',
  );
}

/** Remembers (or, with undefined, forgets) the user's municipality. */
export function storeMunicipality(municipality: string | undefined): Promise<void> {
  return withDatabase(
    openRouteMapDB,
    (db) => (municipality === undefined ? db.delete('settings', 'municipality') : db.put('settings', municipality, 'municipality').then(() => undefined)),
    undefined,
    'The municipality could not be stored; it lasts until the app closes.',
  );
}

/** Remembers the day the published file was last found good (see Settings.lastCheck). */
export function storeLastCheck(day: string): Promise<void> {
  return withDatabase(openRouteMapDB, (db) => db.put('settings', day, 'lastCheck').then(() => undefined), undefined, 'The day of the data check could not be stored.');
}

/** What the device holds for work without internet: whether a route map is stored, and the day of the last good check. */
export function readOfflineStore(): Promise<{ routeMapStored: boolean; lastCheck?: string }> {
  return withDatabase(
    openRouteMapDB,
    async (db) => {
      const stored = await db.get('routemap', CURRENT);
      const lastCheck = await db.get('settings', 'lastCheck');
      return { routeMapStored: typeof versionOf(stored) === 'number', ...(typeof lastCheck === 'string' ? { lastCheck } : {}) };
    },
    { routeMapStored: false },
    'The stored data could not be read.',
  );
}
