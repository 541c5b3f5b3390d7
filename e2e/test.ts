/**
 * The `test` every spec uses: the browser's clock pinned to a day just after the data's own
 * dates, so no outcome depends on today's date (a card's "over a year old" warning would otherwise
 * appear on every screen a year after the data was checked). Tests about the clock set their own.
 */
import { expect, test as base } from '@playwright/test';
import { TEST_TODAY } from './data';

export { TEST_TODAY };

// biome-ignore lint/suspicious/noConfusingVoidType: Playwright's type for a fixture that hands the test nothing
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
