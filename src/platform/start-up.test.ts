import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module holds the page's one start-up: each test loads it afresh.
const freshStartUp = async () => {
  vi.resetModules();
  return import('./start-up');
};

async function settledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('what waits for start-up', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the screen, the data and the language are each done, not before', async () => {
    const { afterStartUp, startUpPartDone } = await freshStartUp();
    const waiting = afterStartUp();
    startUpPartDone('screen');
    startUpPartDone('language');
    startUpPartDone('language');
    expect(await settledWithin(waiting, 1000)).toBe(false);
    startUpPartDone('data');
    expect(await settledWithin(waiting, 100)).toBe(true);
  });

  it('runs after the longest wait when a part never reports, so the app still gets its offline copy', async () => {
    const { afterStartUp, startUpPartDone, LONGEST_WAIT_MS } = await freshStartUp();
    const waiting = afterStartUp();
    startUpPartDone('screen');
    expect(await settledWithin(waiting, LONGEST_WAIT_MS - 100)).toBe(false);
    expect(await settledWithin(waiting, 200)).toBe(true);
  });

  it('runs at once for what asks after start-up is done', async () => {
    const { afterStartUp, startUpPartDone } = await freshStartUp();
    for (const part of ['screen', 'data', 'language'] as const) startUpPartDone(part);
    expect(await settledWithin(afterStartUp(), 100)).toBe(true);
  });
});
