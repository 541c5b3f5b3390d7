/**
 * security.txt (RFC 9116) at /.well-known/security.txt, made by the build from the host's
 * configuration. Where to report a vulnerability is the hosting municipality's fact, so the code
 * holds no contact of its own: without the configuration the build ships no file and says what to set.
 */
import type { Plugin } from 'vite';

export const SECURITY_TXT_FILE = '.well-known/security.txt';

/** The host's settings, as environment variables of the build (docs/deploy.md). */
export const SECURITY_TXT_SETTINGS = {
  contact: 'SECURITY_TXT_CONTACT',
  expires: 'SECURITY_TXT_EXPIRES',
  origin: 'SITE_ORIGIN',
  policy: 'SECURITY_TXT_POLICY',
} as const;

export type SecurityTxt = { kind: 'unset'; message: string } | { kind: 'refused'; problems: string[] } | { kind: 'made'; text: string; expires: string };

type Environment = Record<string, string | undefined>;

const { contact: CONTACT, expires: EXPIRES, origin: ORIGIN, policy: POLICY } = SECURITY_TXT_SETTINGS;

export const SECURITY_TXT_UNSET =
  `No security.txt in this build: set ${CONTACT} (mailto: or https: address of the host's security contact, ` +
  `several separated by spaces), ${EXPIRES} (YYYY-MM-DD, at most a year ahead) and ${ORIGIN} ` +
  `(the app's own https address, scheme and host only) to publish /${SECURITY_TXT_FILE} (docs/deploy.md).`;

// Printable characters only: a line break in a setting would add a field of its own to the file.
const PRINTABLE = /^[\x21-\x7e]+$/;
const MAIL_ADDRESS = /^[^@\s<>()[\]\\,;:"]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

function httpsProblem(name: string, value: string): string | undefined {
  if (!PRINTABLE.test(value)) return `${name} "${value}" has characters a security.txt line cannot hold`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${name} "${value}" is not a web address`;
  }
  if (url.protocol !== 'https:') return `${name} "${value}" must start with https://`;
  if (url.username || url.password) return `${name} "${value}" must not carry a user name or password`;
  return undefined;
}

function contactProblem(contact: string): string | undefined {
  if (contact.startsWith('mailto:')) {
    const address = contact.slice('mailto:'.length);
    return PRINTABLE.test(address) && MAIL_ADDRESS.test(address) ? undefined : `${CONTACT} "${contact}" is not a valid e-mail address`;
  }
  if (contact.startsWith('https:')) return httpsProblem(CONTACT, contact);
  return `${CONTACT} "${contact}" must start with mailto: or https:`;
}

function originOf(value: string): { origin?: string; problem?: string } {
  const problem = httpsProblem(ORIGIN, value);
  if (problem) return { problem };
  const { origin } = new URL(value);
  if (value !== origin && value !== `${origin}/`) {
    return { problem: `${ORIGIN} "${value}" must be the app's address alone: https:// and the host, without a path` };
  }
  return { origin };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The expiry as an instant (the start of that day, UTC), or why it cannot be one. */
function expiryOf(value: string, now: Date): { expires?: Date; problem?: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const expires = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!expires || day(expires) !== value) return { problem: `${EXPIRES} "${value}" is not a date written YYYY-MM-DD` };
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  if (expires <= now) return { problem: `${EXPIRES} ${value} is in the past (it is ${day(now)} UTC): choose a day within the coming year` };
  if (expires > latest) return { problem: `${EXPIRES} ${value} is more than a year ahead: ${day(latest)} at the latest` };
  return { expires };
}

/**
 * The file for the host's settings on `now`, or why there is none: unset when none of the settings
 * is given; refused when any is wrong or missing (a half-made configuration is a mistake, not a choice).
 */
export function securityTxtFrom(environment: Environment, now: Date): SecurityTxt {
  const setting = (name: string) => environment[name]?.trim() || undefined;
  if (Object.values(SECURITY_TXT_SETTINGS).every((name) => setting(name) === undefined)) {
    return { kind: 'unset', message: SECURITY_TXT_UNSET };
  }
  const problems: string[] = [];
  const missing = (name: string) => problems.push(`${name} is not set`);

  const contacts = setting(CONTACT)?.split(/\s+/) ?? [];
  if (contacts.length === 0) missing(CONTACT);
  for (const contact of contacts) {
    const problem = contactProblem(contact);
    if (problem) problems.push(problem);
  }
  const expiresSetting = setting(EXPIRES);
  const expiry = expiresSetting === undefined ? {} : expiryOf(expiresSetting, now);
  if (expiresSetting === undefined) missing(EXPIRES);
  if (expiry.problem) problems.push(expiry.problem);
  const originSetting = setting(ORIGIN);
  const site = originSetting === undefined ? {} : originOf(originSetting);
  if (originSetting === undefined) missing(ORIGIN);
  if (site.problem) problems.push(site.problem);
  const policy = setting(POLICY);
  const policyProblem = policy === undefined ? undefined : httpsProblem(POLICY, policy);
  if (policyProblem) problems.push(policyProblem);

  if (problems.length > 0 || !expiry.expires || !site.origin) return { kind: 'refused', problems };
  const fields = [
    ...contacts.map((contact) => `Contact: ${contact}`),
    `Expires: ${day(expiry.expires)}T00:00:00Z`,
    'Preferred-Languages: nl, en',
    `Canonical: ${site.origin}/${SECURITY_TXT_FILE}`,
    ...(policy ? [`Policy: ${policy}`] : []),
  ];
  const text = `# How to report a vulnerability in the Signalenroutekaart app on this host (RFC 9116).\n${fields.join('\n')}\n`;
  return { kind: 'made', text, expires: day(expiry.expires) };
}

/**
 * Build only: writes the file into the build when the host's settings are given, refuses the build
 * when they are wrong, and says what to set when there are none (the build then ships no file).
 */
export function securityTxt({ environment = process.env as Environment, now = () => new Date() } = {}): Plugin {
  let made: SecurityTxt;
  return {
    name: 'security-txt',
    apply: 'build',
    buildStart() {
      made = securityTxtFrom(environment, now());
      if (made.kind === 'refused') {
        this.error(`No build with a wrong security.txt:\n${made.problems.map((problem) => `  ${problem}`).join('\n')}\n(docs/deploy.md)`);
      }
      if (made.kind === 'unset') this.warn(made.message);
    },
    generateBundle() {
      if (made.kind !== 'made') return;
      this.emitFile({ type: 'asset', fileName: SECURITY_TXT_FILE, source: made.text });
      this.info(`/${SECURITY_TXT_FILE} expires on ${made.expires}: build and deploy a renewed one before then (docs/deploy.md).`);
    },
  };
}
