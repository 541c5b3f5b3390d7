/**
 * When the app's own start-up is done: the screen answers every tap, the route map is in and the
 * published file has been checked once, and the user's language is in place. What can wait (the
 * service worker's install, whose precache fetches and stores every file of the app, and the
 * install help) waits for it, so on a slow phone it does not compete with start-up for the CPU.
 */
import { whenIdle } from './idle';

export type StartUpPart = 'screen' | 'data' | 'language';

/**
 * What waits runs after this long anyway: a part that never reports (an error, a check that
 * hangs) must not cost the user the app's copy for work without internet.
 */
export const LONGEST_WAIT_MS = 10_000;

const left = new Set<StartUpPart>(['screen', 'data', 'language']);
let done: () => void;
const allDone = new Promise<void>((resolve) => {
  done = resolve;
});

/** Each part says once that it is done (again is harmless). */
export function startUpPartDone(part: StartUpPart): void {
  left.delete(part);
  if (left.size === 0) done();
}

/** The first idle moment after start-up is done, or after LONGEST_WAIT_MS. */
export function afterStartUp(): Promise<void> {
  const limit = new Promise<void>((resolve) => setTimeout(resolve, LONGEST_WAIT_MS));
  return Promise.race([allDone, limit]).then(() => whenIdle().then(() => undefined));
}
