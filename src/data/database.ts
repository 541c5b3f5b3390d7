/**
 * Opening, using and closing an IndexedDB database the same way for every store on the device:
 * each store module names its own database and schema, this module only does the plumbing.
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

/** A second tab holding an older version open must not hang start-up. */
const OPEN_TIMEOUT_MS = 2000;

/** The database is there but holds its answer back: another page holds it, or an older version. */
export class NoAnswer extends Error {}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswer(`IndexedDB did not answer within ${ms} ms`)), ms);
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

/**
 * What this page has open. A page leaving into the back/forward cache is frozen with its
 * transactions, and WebKit makes every other page of the app wait for them: a start-up that
 * never ends (seen in WebKitGTK after a write had begun as the user followed a link). Closing a
 * connection waits for its transactions, so as the page is hidden they are aborted: a write
 * cut off here is made again on the next launch.
 */
const connections = new Set<IDBDatabase>();
const transactions = new Set<IDBTransaction>();

let listening = false;

function endAllWhenThePageHides(): void {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  addEventListener('pagehide', () => {
    for (const transaction of transactions) {
      try {
        transaction.abort();
      } catch {
        // Already committed: it holds nothing up.
      }
    }
    for (const connection of connections) connection.close();
    transactions.clear();
  });
}

/** Keeps a connection until it closes, and each transaction on it until it ends, in the lists above. */
function track(connection: IDBDatabase): void {
  endAllWhenThePageHides();
  connections.add(connection);
  const { close, transaction } = connection;
  connection.close = () => {
    connections.delete(connection);
    close.call(connection);
  };
  connection.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
    const started = transaction.apply(connection, args);
    transactions.add(started);
    const ended = () => transactions.delete(started);
    started.addEventListener('complete', ended);
    started.addEventListener('abort', ended);
    return started;
  }) as IDBDatabase['transaction'];
}

/** Without a version (and upgrade): the database as it is, for reading what an older version left. */
export async function openDatabase<Schema extends DBSchema>(name: string, version?: number, upgrade?: OpenDBCallbacks<Schema>['upgrade']): Promise<IDBPDatabase<Schema>> {
  const opening = openDB<Schema>(name, version, {
    upgrade,
    blocking(_current, _blocked, event) {
      // A newer version of the app opened in another tab: let it upgrade.
      (event.target as IDBDatabase).close();
    },
  });
  const db = await withTimeout(opening, OPEN_TIMEOUT_MS).catch((error: unknown) => {
    // Opened after all, too late: closed, so it holds up no other page.
    opening.then((late) => late.close()).catch(() => undefined);
    throw error;
  });
  track(unwrap(db));
  return db;
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
