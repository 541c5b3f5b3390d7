/**
 * Where the Chromium for tests and scripts is: $CHROME_PATH, Playwright's own, then Debian's.
 * Shared by the Playwright config, the icon script and ensure-test-tools.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags that let Chromium run as root here and stop it calling out to closed networks. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, safePlaywrightPath(), DEBIAN_CHROMIUM];
  return candidates.find((path) => path && existsSync(path));
}

function safePlaywrightPath() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
