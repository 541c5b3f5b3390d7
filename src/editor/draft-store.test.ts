import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from '../routemap/types';
import { loadRouteMap } from '../data/store';
import { discardDraft, loadDraft, saveDraft, type Draft } from './draft-store';

const draft: Draft = { routeMap: shipped as RouteMap, basedOn: shipped.version, savedAt: '2026-11-30T12:00:00.000Z' };

/** The app's database as version 3 of the app left it, with a draft in its "drafts" store. */
async function appDatabaseWithOldDraft(value: unknown): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('signalenroutekaart', 3);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('routemap');
      request.result.createObjectStore('settings');
      request.result.createObjectStore('drafts').put(value, 'draft');
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => vi.restoreAllMocks());

describe("the editor's draft store", () => {
  it('keeps a draft until it is discarded, in a database of its own', async () => {
    expect(await saveDraft(draft)).toBe(true);
    expect(await loadDraft()).toEqual(draft);
    expect((await indexedDB.databases()).map((info) => info.name)).toEqual(['signalenroutekaart-beheer']);
    await discardDraft();
    expect(await loadDraft()).toBeUndefined();
  });

  it("moves a draft an earlier version left in the app's database, once", async () => {
    await appDatabaseWithOldDraft(draft);
    await loadRouteMap();
    expect(await loadDraft()).toEqual(draft);
    await discardDraft();
    // Moved, not copied: discarding it does not bring the old one back.
    expect(await loadDraft()).toBeUndefined();
  });

  it('drops a stored draft it cannot edit', async () => {
    await appDatabaseWithOldDraft({ routeMap: { version: 'x' }, basedOn: 1, savedAt: 'now' });
    expect(await loadDraft()).toBeUndefined();
    expect(console.warn).toHaveBeenCalledWith('The stored draft could not be read; it was dropped.');
  });
});
