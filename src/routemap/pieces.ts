/**
 * Long checks written as generators that yield between pieces, so one pure function serves both
 * the build and tests (all at once) and the app at start-up (giving the main thread back, so a
 * tap is answered while a large route map is checked).
 */
export type Pieces<T> = Generator<void, T>;

/** Runs every piece now. */
export function atOnce<T>(pieces: Pieces<T>): T {
  for (;;) {
    const next = pieces.next();
    if (next.done) return next.value;
  }
}

/** Runs pieces for up to `sliceMs`, then awaits `pause` (the platform's yield), until done. */
export async function inPieces<T>(pieces: Pieces<T>, pause: () => Promise<void>, sliceMs = 10): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = pieces.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}
