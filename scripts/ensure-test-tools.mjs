/**
 * Makes sure the end-to-end tests have what they run on: a Chromium, Debian's Firefox ESR and
 * WebKitGTK with Xvfb (the cross-engine tests) and Debian's nginx (the hosting tests). As root on
 * Debian it installs what is missing with apt-get; elsewhere it says exactly what is missing.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';
import { findFirefox } from './firefox.mjs';
import { findNginx, NGINX_MISSING } from './nginx.mjs';

const at = (path) => () => (existsSync(path) ? path : undefined);

const TOOLS = [
  { name: 'Chromium', find: findChromium, aptPackage: 'chromium' },
  { name: 'Firefox ESR', find: findFirefox, aptPackage: 'firefox-esr' },
  { name: 'WebKitWebDriver', find: at('/usr/bin/WebKitWebDriver'), aptPackage: 'webkit2gtk-driver' },
  { name: 'Xvfb', find: at('/usr/bin/Xvfb'), aptPackage: 'xvfb' },
  { name: 'nginx', find: findNginx, aptPackage: 'nginx' },
];

function canApt() {
  if (process.getuid?.() !== 0) return false;
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = TOOLS.filter((tool) => !tool.find());
if (missing.length > 0 && canApt()) {
  const packages = missing.map((tool) => tool.aptPackage).join(' ');
  console.log(`Not found: ${missing.map((tool) => tool.name).join(', ')}. Installing Debian's ${packages} with apt-get.`);
  execSync(`apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ${packages}`, {
    stdio: 'inherit',
  });
} else if (missing.some((tool) => tool.name === 'Chromium')) {
  console.log("No Chromium found: installing Playwright's with `npx playwright install chromium`.");
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}

let ok = true;
for (const tool of TOOLS) {
  const path = tool.find();
  if (path) console.log(`${tool.name} for the end-to-end tests: ${path}`);
  else {
    ok = false;
    console.error(
      {
        nginx: NGINX_MISSING,
        'Firefox ESR': 'Firefox ESR is not installed: `sudo apt-get install firefox-esr` (Debian), or set FIREFOX_PATH.',
        WebKitWebDriver: "WebKitGTK's WebDriver is not installed: `sudo apt-get install webkit2gtk-driver` (Debian).",
        Xvfb: 'Xvfb (a display for WebKitGTK) is not installed: `sudo apt-get install xvfb` (Debian).',
        Chromium: 'Chromium could not be installed; set CHROME_PATH to a Chromium binary.',
      }[tool.name],
    );
  }
}
if (!ok) process.exit(1);
