import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from '../routemap/types';
import { MAX_FILE_BYTES } from '../routemap/data-file';
import { checkForNewerRouteMap } from './published';
import { readOfflineStore } from './store';

afterEach(() => vi.restoreAllMocks());

describe('the published-file check', () => {
  it('stops reading a file past 256 KB when the server sends no Content-Length (as a gzipping server does)', async () => {
    // Eight times the limit, in pieces of 16 KiB, and no Content-Length.
    let sent = 0;
    let cancelled = false;
    const large = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (sent >= 8 * MAX_FILE_BYTES) return controller.close();
          sent += 16 * 1024;
          controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(large, { headers: { 'content-type': 'application/json' } }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    expect(await checkForNewerRouteMap(shipped as RouteMap)).toBeUndefined();
    expect(sent).toBeLessThanOrEqual(MAX_FILE_BYTES + 16 * 1024);
    expect(cancelled).toBe(true);
    expect(warn).toHaveBeenCalledWith(`The published route map was rejected: more than the ${MAX_FILE_BYTES} bytes allowed.`);
  });

  it('still refuses a file by its Content-Length before reading it', async () => {
    let read = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          read = true;
        },
      },
      { highWaterMark: 0 },
    );
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { headers: { 'content-length': String(MAX_FILE_BYTES + 1) } }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    expect(await checkForNewerRouteMap(shipped as RouteMap)).toBeUndefined();
    expect(read).toBe(false);
    expect(warn).toHaveBeenCalledWith(`The published route map was rejected: ${MAX_FILE_BYTES + 1} bytes, more than the ${MAX_FILE_BYTES} allowed.`);
  });
});

describe('the day of the last good check', () => {
  const at = new Date(2031, 4, 6, 9, 30);
  const answer = (file: unknown) => vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(file)));

  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });

  it('is stored, as a day, when the server answers with the same good file', async () => {
    answer(shipped);
    expect(await checkForNewerRouteMap(shipped as RouteMap, () => at)).toBeUndefined();
    expect(await readOfflineStore()).toMatchObject({ lastCheck: '2031-05-06' });
  });

  it('is stored when a newer good file is adopted', async () => {
    const newer = { ...shipped, version: shipped.version + 1 };
    answer(newer);
    expect((await checkForNewerRouteMap(shipped as RouteMap, () => new Date(2026, 11, 1)))?.version).toBe(newer.version);
    expect(await readOfflineStore()).toEqual({ routeMapStored: true, lastCheck: '2026-12-01' });
  });

  it('is not stored when the file is refused or the server cannot be reached', async () => {
    answer({ ...shipped, version: shipped.version + 1, routes: {} });
    await checkForNewerRouteMap(shipped as RouteMap, () => at);
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await checkForNewerRouteMap(shipped as RouteMap, () => at);
    expect(await readOfflineStore()).toEqual({ routeMapStored: false });
  });
});
