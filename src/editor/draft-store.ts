/**
 * A maintainer's draft, kept in IndexedDB on this device until it is discarded or published, so
 * work can stop and go on later. Holds contact data only, like the rest of the store.
 */
import type { RouteMap } from '../routemap/types';
import type { IDBPDatabase } from 'idb';
import { openRouteMapDB, type RouteMapDB } from '../data/store';
import { checkEditable } from './editable';

const KEY = 'draft';

export interface Draft {
  routeMap: RouteMap;
  /** The published version the draft started from. */
  basedOn: number;
  /** The highest version downloaded from this draft: the next download must go above it. */
  downloaded?: number;
  /** ISO timestamp of the last save. */
  savedAt: string;
}

function isDraft(value: unknown): value is Draft {
  const draft = value as Draft | undefined;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    typeof draft.basedOn === 'number' &&
    typeof draft.savedAt === 'string' &&
    (draft.downloaded === undefined || typeof draft.downloaded === 'number') &&
    checkEditable(draft.routeMap).ok
  );
}

/** Runs `use` with the app's database open; what it returns, or `fallback` when the store fails. */
async function withDatabase<T>(use: (db: IDBPDatabase<RouteMapDB>) => Promise<T>, fallback: T, failure: string): Promise<T> {
  try {
    const db = await openRouteMapDB();
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

/** The stored draft; undefined when there is none or it cannot be edited (then it is dropped). */
export function loadDraft(): Promise<Draft | undefined> {
  return withDatabase(
    async (db) => {
      const stored = await db.get('drafts', KEY);
      if (stored === undefined || isDraft(stored)) return stored;
      console.warn('The stored draft could not be read; it was dropped.');
      await db.delete('drafts', KEY);
      return undefined;
    },
    undefined,
    'The draft could not be read.',
  );
}

export function saveDraft(draft: Draft): Promise<boolean> {
  return withDatabase(async (db) => (await db.put('drafts', draft, KEY), true), false, 'The draft could not be saved.');
}

export function discardDraft(): Promise<void> {
  return withDatabase(async (db) => db.delete('drafts', KEY), undefined, 'The draft could not be discarded.');
}
