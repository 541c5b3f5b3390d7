/**
 * The web addresses a route map may hold: what the user reads is what the browser opens. Pure;
 * the validator and the links (src/platform/links.ts) share it.
 */

/**
 * A domain name in ASCII letters, digits and hyphens, with a dot and a top-level domain of
 * letters: no IP address, and no label in punycode (`xn--`), which a browser shows as another
 * script's look-alike of a Dutch organisation's name.
 */
const HOST = /^(?:(?!xn--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?!xn--)[a-z]{2,63}$/;

/**
 * An https address exactly as the browser writes it (`new URL(value).href`): a line break,
 * capitals or a missing slash would be changed silently on the way to the browser, so the text
 * shown, copied or saved could differ from the page opened. No user part
 * (`https://www.riec.nl@evil.example/` opens evil.example) and no port: no public
 * organisation's site needs one.
 */
export function isWebAddress(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.href === value && url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && HOST.test(url.hostname);
}
