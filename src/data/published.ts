/**
 * Keeps the contacts current: fetches the published data file past every cache, and adopts it
 * only when it is valid and newer. Failures are quiet: the last good data stays in use.
 */
import type { RouteMap } from '../routemap/types';
import { publishedReading, updateDecision } from '../routemap/update';
import { DATA_FILE_PATH, readWithinLimit, sizeProblem } from '../routemap/data-file';
import { inPieces } from '../routemap/pieces';
import { whenIdle } from '../platform/idle';
import { localDate } from '../routemap/version';
import { storeLastCheck, storeRouteMap } from './store';

const FETCH_TIMEOUT_MS = 8000;
const FOREGROUND_INTERVAL_MS = 60 * 60 * 1000;

/** Fetches the published file; undefined when offline, slow, or the server has no good answer. */
async function fetchPublished(): Promise<string | undefined> {
  try {
    const response = await fetch(`/${DATA_FILE_PATH}`, {
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) {
      console.info(`No published route map: the server answered ${response.status}.`);
      return undefined;
    }
    // Said by the header, refused before a byte is read; without one (gzip), by counting.
    const tooLarge = sizeProblem(Number(response.headers.get('content-length')));
    if (tooLarge) {
      console.warn(`The published route map was rejected: ${tooLarge.detail}.`);
      return undefined;
    }
    if (!response.body) {
      console.info('The published route map was empty.');
      return undefined;
    }
    const reading = await readWithinLimit(response.body);
    if (!reading.ok) {
      console.warn(`The published route map was rejected: ${reading.detail}.`);
      return undefined;
    }
    return reading.text;
  } catch (error) {
    console.info('The published route map could not be fetched; using the data we have.', error);
    return undefined;
  }
}

/** Checks once for a newer published route map; returns it when adopted. `now` is the device's clock. */
export async function checkForNewerRouteMap(current: RouteMap, now = () => new Date()): Promise<RouteMap | undefined> {
  const text = await fetchPublished();
  if (text === undefined) return undefined;
  const checkedAt = now();
  const decision = await inPieces(updateDecision(current, text, checkedAt), whenIdle);
  // A good file, newer or not: the contacts on this phone are the newest published that day.
  if (decision.accept || decision.reason === 'not-newer') await storeLastCheck(localDate(checkedAt));
  if (!decision.accept) {
    if (decision.reason !== 'not-newer') {
      console.warn(`The published route map was rejected (${decision.reason}):\n${decision.detail}`);
    }
    return undefined;
  }
  await storeRouteMap(decision.routeMap);
  return decision.routeMap;
}

/**
 * The file the server publishes now, checked by the app's rules, whatever its version: the
 * editor starts a draft from it. Undefined when offline or when the server has no good file.
 */
export async function fetchPublishedRouteMap(): Promise<RouteMap | undefined> {
  const text = await fetchPublished();
  if (text === undefined) return undefined;
  const reading = await inPieces(publishedReading(text), whenIdle);
  if (reading.ok) return reading.routeMap;
  console.warn(`The published route map was rejected (${reading.reason}):\n${reading.detail}`);
  return undefined;
}

/**
 * Checks now and whenever the app comes back to the foreground, at most once an hour; says when
 * the first check is over (whatever its outcome). Returns a function that stops watching.
 */
export function watchPublishedRouteMap(current: () => RouteMap, adopt: (routeMap: RouteMap) => void, firstCheckOver: () => void = () => {}): () => void {
  let lastCheck = 0;
  let checking = false;
  // A return to the foreground while a check is still reading its file (in idle pieces, which take
  // longer on a slow phone) may come after a newer publication: check once more when done.
  let again = false;
  const check = async () => {
    if (!navigator.onLine) return;
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    lastCheck = Date.now();
    try {
      const newer = await checkForNewerRouteMap(current());
      if (newer) adopt(newer);
    } finally {
      checking = false;
      if (again) {
        again = false;
        void check();
      }
    }
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible' && Date.now() - lastCheck >= FOREGROUND_INTERVAL_MS) void check();
  };
  void check().finally(firstCheckOver);
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('online', onVisible);
  return () => {
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('online', onVisible);
  };
}
