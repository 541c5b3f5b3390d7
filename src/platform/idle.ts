/**
 * Start-up work the home screen does not need waits here: for a moment the main thread is idle
 * (or, where there is no requestIdleCallback, as in Safari, for the next turn of the event loop
 * after a short pause), one piece at a time, so a tap during start is answered at once.
 */
import { useEffect, useState } from 'preact/hooks';

/** Longest a piece waits for idle before it runs anyway. */
const IDLE_TIMEOUT_MS = 2000;
/** Without requestIdleCallback: a pause after the first paint. */
const FALLBACK_DELAY_MS = 50;

export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, FALLBACK_DELAY_MS);
  });
}

interface Scheduler {
  yield(): Promise<void>;
}

/** Gives the main thread back between two pieces of one long job (scheduler.yield where present). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** False until the first idle moment after this component first showed. */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let live = true;
    void whenIdle().then(() => live && setIdle(true));
    return () => void (live = false);
  }, []);
  return idle;
}
