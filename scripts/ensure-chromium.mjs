/** Makes sure a Chromium exists for the end-to-end tests, installing one when none is found. */
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium for the end-to-end tests: ${found}`);
} else {
  const isRoot = process.getuid?.() === 0;
  const hasApt = (() => {
    try {
      execSync('command -v apt-get', { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get.');
    execSync('apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium', { stdio: 'inherit' });
  } else {
    console.log('No Chromium found: installing Playwright\'s with `npx playwright install chromium`.');
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  }
  const installed = findChromium();
  if (!installed) {
    console.error('Chromium could not be installed; set CHROME_PATH to a Chromium binary.');
    process.exit(1);
  }
  console.log(`Chromium for the end-to-end tests: ${installed}`);
}
