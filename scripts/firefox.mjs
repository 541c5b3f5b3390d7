/** Where the Firefox for the cross-engine tests is: $FIREFOX_PATH, then Debian's firefox-esr. */
import { existsSync } from 'node:fs';

export const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';

export function findFirefox() {
  return [process.env.FIREFOX_PATH, DEBIAN_FIREFOX].find((path) => path && existsSync(path));
}
