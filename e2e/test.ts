/**
 * The `test` every spec uses: the browser's clock pinned to a day just after the data's own
 * dates, so no outcome depends on today's date (a card's "over a year old" warning would otherwise
 * appear on every screen from November 2027). Tests about the clock set their own.
 */
import { expect, test as base } from '@playwright/test';

export const TEST_TODAY = new Date('2026-12-03T12:00:00');

export const test = base.extend<{ pinnedClock: void }>({
  pinnedClock: [
    async ({ context }, use) => {
      await context.clock.setFixedTime(TEST_TODAY);
      await use();
    },
    { auto: true },
  ],
});

export { expect };
