import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the scripts, no type declarations.
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
// @ts-expect-error: as above.
import { findFirefox } from './scripts/firefox.mjs';

/** E2E_PORT lets a second checkout run its tests beside this one (default: `npm start`'s port). */
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    serviceWorkers: 'allow',
    locale: 'nl-NL',
  },
  projects: [
    {
      // Every test. Some are Chromium-only by nature: installability (CDP), clipboard
      // permissions, the axe and layout runs (one engine is enough for them), Lighthouse.
      name: 'chromium',
      grepInvert: /@not-chromium/,
      use: {
        ...devices['Pixel 5'],
        browserName: 'chromium',
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      },
    },
    {
      // Debian's Firefox ESR through WebDriver BiDi (Playwright 1.64; 1.65 fails with it): the
      // tests tagged @engines, i.e. what must work the same for every user (../shared/engines.md).
      name: 'firefox',
      grep: /@engines/,
      use: {
        browserName: 'firefox',
        channel: 'moz-firefox',
        viewport: { width: 393, height: 851 },
        launchOptions: {
          executablePath: findFirefox(),
          firefoxUserPrefs: { 'intl.accept_languages': 'nl-NL, nl', 'ui.useOverlayScrollbars': 1 },
        },
      },
    },
  ],
  webServer: {
    // The production build, as users get it: the service worker only exists there.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
