/**
 * A maintainer's draft, kept in IndexedDB on this device until it is discarded or published, so
 * work can stop and go on later. Holds contact data only, like the rest of the store.
 */
import type { RouteMap } from '../routemap/types';
import { openRouteMapDB } from '../data/store';
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

/** The stored draft; undefined when there is none or it cannot be edited (then it is dropped). */
export async function loadDraft(): Promise<Draft | undefined> {
  try {
    const db = await openRouteMapDB();
    try {
      const stored = await db.get('drafts', KEY);
      if (stored === undefined || isDraft(stored)) return stored;
      console.warn('The stored draft could not be read; it was dropped.');
      await db.delete('drafts', KEY);
      return undefined;
    } finally {
      db.close();
    }
  } catch (error) {
    console.warn('The draft could not be read.', error);
    return undefined;
  }
}

export async function saveDraft(draft: Draft): Promise<boolean> {
  try {
    const db = await openRouteMapDB();
    try {
      await db.put('drafts', draft, KEY);
      return true;
    } finally {
      db.close();
    }
  } catch (error) {
    console.warn('The draft could not be saved.', error);
    return false;
  }
}

export async function discardDraft(): Promise<void> {
  try {
    const db = await openRouteMapDB();
    try {
      await db.delete('drafts', KEY);
    } finally {
      db.close();
    }
  } catch (error) {
    console.warn('The draft could not be discarded.', error);
  }
}
