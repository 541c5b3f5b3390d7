/**
 * A maintainer's draft, kept in a database of its own on this device until it is discarded or
 * published, so work can stop and go on later. Holds contact data only, like the app's store.
 */
import type { DBSchema } from 'idb';
import type { RouteMap } from '../routemap/types';
import { openDatabase, withDatabase } from '../data/database';
import { checkEditable } from './editable';

const DB_NAME = 'signalenroutekaart-beheer';
/** 1: the drafts store. */
const DB_VERSION = 1;
const KEY = 'draft';
/** Before this database existed, drafts were kept in the app's (its version 3, store "drafts"). */
const OLD_DB_NAME = 'signalenroutekaart';
const OLD_STORE = 'drafts';

interface DraftDB extends DBSchema {
  drafts: { key: string; value: unknown };
}

const openDraftDB = () =>
  openDatabase<DraftDB>(DB_NAME, DB_VERSION, (db) => {
    if (!db.objectStoreNames.contains('drafts')) db.createObjectStore('drafts');
  });

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

/** A draft saved by an earlier version of the editor, in the app's database: taken out of it, once. */
async function takeOldDraft(): Promise<unknown> {
  const databases = await indexedDB.databases?.();
  // Opening a database that does not exist would create it.
  if (databases && !databases.some((info) => info.name === OLD_DB_NAME)) return undefined;
  return withDatabase(
    () => openDatabase<DraftDB>(OLD_DB_NAME),
    async (db) => {
      if (!db.objectStoreNames.contains(OLD_STORE)) return undefined;
      const tx = db.transaction(OLD_STORE, 'readwrite');
      const old = await tx.store.get(KEY);
      if (old !== undefined) await tx.store.delete(KEY);
      await tx.done;
      return old;
    },
    undefined,
    'A draft of an earlier version could not be read.',
  );
}

/** The stored draft; undefined when there is none or it cannot be edited (then it is dropped). */
export function loadDraft(): Promise<Draft | undefined> {
  return withDatabase(
    openDraftDB,
    async (db) => {
      let stored = await db.get('drafts', KEY);
      if (stored === undefined) {
        stored = await takeOldDraft();
        if (stored !== undefined) await db.put('drafts', stored, KEY);
      }
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
  return withDatabase(
    openDraftDB,
    async (db) => {
      await db.put('drafts', draft, KEY);
      return true;
    },
    false,
    'The draft could not be saved.',
  );
}

export function discardDraft(): Promise<void> {
  return withDatabase(openDraftDB, async (db) => db.delete('drafts', KEY), undefined, 'The draft could not be discarded.');
}
