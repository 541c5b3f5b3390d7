/**
 * Opening, using and closing an IndexedDB database the same way for every store on the device:
 * each store module names its own database and schema, this module only does the plumbing.
 */
import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

/** A second tab holding an older version open must not hang start-up. */
const OPEN_TIMEOUT_MS = 2000;

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

/** Without a version (and upgrade): the database as it is, for reading what an older version left. */
export function openDatabase<Schema extends DBSchema>(name: string, version?: number, upgrade?: OpenDBCallbacks<Schema>['upgrade']): Promise<IDBPDatabase<Schema>> {
  const opening = openDB<Schema>(name, version, {
    upgrade,
    blocking(_current, _blocked, event) {
      // A newer version of the app opened in another tab: let it upgrade.
      (event.target as IDBDatabase).close();
    },
  });
  return withTimeout(opening, OPEN_TIMEOUT_MS);
}

/**
 * Runs `use` with a database open and closes it after. What `use` returns; `fallback` when the
 * store fails (no IndexedDB, a full disk, a private window), with `failure` in the console.
 */
export async function withDatabase<Schema extends DBSchema, T>(
  open: () => Promise<IDBPDatabase<Schema>>,
  use: (db: IDBPDatabase<Schema>) => Promise<T>,
  fallback: T,
  failure: string,
): Promise<T> {
  try {
    const db = await open();
    try {
      return await use(db);
    } finally {
      db.close();
    }
  } catch (error) {
    console.warn(failure, error);
    return fallback;
  }
}
