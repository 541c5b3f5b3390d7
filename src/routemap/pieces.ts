/**
 * Long checks written as generators that yield between pieces, so one pure function serves both
 * the build and tests (all at once) and the app at start-up (within the idle moments the browser
 * gives, so a tap is answered while a large route map is checked).
 */
export type Pieces<T> = Generator<void, T>;

/** How long an idle moment still lasts (requestIdleCallback's deadline, see platform/idle.ts). */
export interface Deadline {
  timeRemaining(): number;
}

/** Runs every piece now. */
export function atOnce<T>(pieces: Pieces<T>): T {
  for (;;) {
    const next = pieces.next();
    if (next.done) return next.value;
  }
}

/**
 * The most one idle moment is used for, however long the browser offers: an idle moment can last
 * 50 ms, and a task that long on a phone is one a tap arriving in it waits for.
 */
export const SLICE_MS = 4;

/**
 * Runs pieces while the current idle moment lasts (at most SLICE_MS), then waits for the next one,
 * until done. At least one piece per moment, so the job always ends; a slower device gets more
 * moments, not longer ones.
 */
export async function inPieces<T>(pieces: Pieces<T>, nextMoment: () => Promise<Deadline>, now: () => number = () => performance.now()): Promise<T> {
  for (;;) {
    const deadline = await nextMoment();
    const end = now() + SLICE_MS;
    do {
      const next = pieces.next();
      if (next.done) return next.value;
    } while (deadline.timeRemaining() > 0 && now() < end);
  }
}
