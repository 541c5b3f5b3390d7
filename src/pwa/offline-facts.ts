/**
 * What the browser says about this app's readiness to work without internet, read on request for
 * the line on Instellingen (./readiness.ts judges it). Reads only: nothing is fetched or stored.
 */
import { readOfflineStore } from '../data/store';
import { isAppleMobile, isStandalone } from './install-event';
import type { OfflineFacts } from './readiness';

/** The service worker's own cache (workbox names it so): the pages and every screen's code. */
const PRECACHE = 'workbox-precache';

/**
 * The precache holds the pages every address opens and this module's own code: a screen loaded
 * lazily, like each screen but the home screen. (Workbox installs the cache whole or not at all;
 * this sees whether the browser has cleared it since.)
 */
async function screensCached(): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  try {
    const own = new URL(import.meta.url).pathname;
    for (const name of (await caches.keys()).filter((key) => key.startsWith(PRECACHE))) {
      const cache = await caches.open(name);
      const found = await Promise.all(['/index.html', '/shell.html', own].map((path) => cache.match(path, { ignoreSearch: true })));
      if (found.every(Boolean)) return true;
    }
    return false;
  } catch {
    return false;
  }
}

async function persisted(): Promise<boolean | undefined> {
  try {
    return await navigator.storage?.persisted?.();
  } catch {
    return undefined;
  }
}

export async function readOfflineFacts(): Promise<OfflineFacts> {
  const serviceWorker = !('serviceWorker' in navigator) ? 'unsupported' : navigator.serviceWorker.controller ? 'controlling' : 'notControlling';
  const [cached, stored, kept] = await Promise.all([screensCached(), readOfflineStore(), persisted()]);
  return {
    serviceWorker,
    screensCached: cached,
    routeMapStored: stored.routeMapStored,
    persisted: kept,
    installed: isStandalone(),
    apple: isAppleMobile(),
    ...(stored.lastCheck ? { lastCheck: stored.lastCheck } : {}),
  };
}

/** Calls `onChange` when a service worker takes control of the page. Returns a function that stops. */
export function onControllerChange(onChange: () => void): () => void {
  if (!('serviceWorker' in navigator)) return () => undefined;
  navigator.serviceWorker.addEventListener('controllerchange', onChange);
  return () => navigator.serviceWorker.removeEventListener('controllerchange', onChange);
}
