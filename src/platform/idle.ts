/**
 * Start-up work the first screen does not need runs here, in the moments the browser says it is
 * idle, and never past the deadline it gives (requestIdleCallback's timeRemaining()): a slow
 * phone gets more, smaller pieces, not longer tasks, so a tap during start is answered at once.
 */
import type { Deadline } from '../routemap/pieces';

/**
 * Longest a piece waits for an idle moment before it runs anyway: a page that is never idle still
 * starts. Such a deadline has no time left, so a job in pieces then does one piece and waits again.
 */
const IDLE_TIMEOUT_MS = 2000;
/**
 * Without requestIdleCallback (Safari): the next turn of the event loop, after scheduler.yield
 * where there is one, with a slice this long of our own. Short enough for a slow phone's frame.
 */
const FALLBACK_SLICE_MS = 5;

interface Scheduler {
  yield(): Promise<void>;
}

function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The browser's next idle moment, and how long it lasts. */
export function whenIdle(): Promise<Deadline> {
  if (typeof requestIdleCallback === 'function') {
    return new Promise((resolve) => requestIdleCallback(resolve, { timeout: IDLE_TIMEOUT_MS }));
  }
  return nextTurn().then(() => {
    const end = performance.now() + FALLBACK_SLICE_MS;
    return { timeRemaining: () => Math.max(0, end - performance.now()) };
  });
}
