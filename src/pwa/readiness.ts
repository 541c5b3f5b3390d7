/**
 * Whether this phone is ready to work without internet, months from now: the app's verdict on
 * the facts the browser gives (./offline-facts.ts), and what the user can do about each gap. Pure:
 * the facts and today's date come in, so no outcome depends on the device's clock.
 */
import { isRealDate } from '../routemap/version';

export interface OfflineFacts {
  /** None in this browser (a private window, or switched off), not (yet) in control of the page, or in control. */
  serviceWorker: 'unsupported' | 'notControlling' | 'controlling';
  /** The service worker's cache holds the app's pages and the code of its screens. */
  screensCached: boolean;
  /** A route map is in the device's database. */
  routeMapStored: boolean;
  /** Whether the browser keeps the app's storage when space runs low; undefined where it cannot say. */
  persisted: boolean | undefined;
  /** Opened from the home screen, as an installed app. */
  installed: boolean;
  /** An iPhone or iPad, where the browser clears a site's storage after seven days without a visit, unless it is installed. */
  apple: boolean;
  /** The day the server last answered with a good data file (YYYY-MM-DD). */
  lastCheck?: string;
}

/** Ready; working offline now but the browser may clear it; not ready. */
export type ReadinessLevel = 'ready' | 'atRisk' | 'notReady';

export type Advice =
  /** Open the app once with internet and wait for "De app werkt nu ook zonder internet". */
  | 'openOnline'
  /** This browser cannot keep the app (a private window, or switched off by the phone's management). */
  | 'normalWindow'
  /** On an iPhone: add it to the home screen, or Safari may clear it after seven days unused. */
  | 'addToHomeScreen'
  /** Elsewhere: installing it makes the browser keep it. */
  | 'install'
  /** Ask the browser to keep the app's storage (a button). */
  | 'askToKeep'
  /** The data was last found current long ago: open the app with internet now and then. */
  | 'checkOnline';

export interface Readiness {
  level: ReadinessLevel;
  advice: Advice[];
}

/** After this many days without a good check, the line asks for a visit with internet: partners' numbers change. */
export const CHECK_WITHIN_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export function readinessOf(facts: OfflineFacts, today: string): Readiness {
  const worksOffline = facts.serviceWorker === 'controlling' && facts.screensCached && facts.routeMapStored;
  const advice: Advice[] = [];
  if (facts.serviceWorker === 'unsupported') advice.push('normalWindow');
  else if (!worksOffline) advice.push('openOnline');

  const clearedAfterAWeek = facts.apple && !facts.installed;
  if (clearedAfterAWeek) advice.push('addToHomeScreen');
  else if (facts.persisted === false) {
    if (!facts.installed) advice.push('install');
    advice.push('askToKeep');
  }

  const stale = facts.lastCheck === undefined || !isRealDate(facts.lastCheck) || daysBetween(facts.lastCheck, today) > CHECK_WITHIN_DAYS;
  if (worksOffline && stale) advice.push('checkOnline');

  const level: ReadinessLevel = !worksOffline ? 'notReady' : clearedAfterAWeek || facts.persisted === false ? 'atRisk' : 'ready';
  return { level, advice };
}
