import { describe, expect, it } from 'vitest';
import { securityTxt, securityTxtFrom, SECURITY_TXT_FILE } from './security-txt';

/** The build's clock, injected: no test depends on the day it runs. */
const NOW = new Date('2030-03-15T10:00:00Z');

const HOST = {
  SECURITY_TXT_CONTACT: 'mailto:cert@gemeente.example',
  SECURITY_TXT_EXPIRES: '2031-01-31',
  SITE_ORIGIN: 'https://routekaart.gemeente.example',
};

const made = (environment: Record<string, string>) => {
  const result = securityTxtFrom(environment, NOW);
  if (result.kind !== 'made') throw new Error(`expected a file, got ${JSON.stringify(result)}`);
  return result.text;
};

const problems = (environment: Record<string, string>) => {
  const result = securityTxtFrom(environment, NOW);
  return result.kind === 'refused' ? result.problems : [];
};

describe("security.txt from the host's settings", () => {
  it('has the contact, the expiry, Dutch and English, and its own address as canonical', () => {
    expect(made(HOST)).toBe(
      [
        '# How to report a vulnerability in the Signalenroutekaart app on this host (RFC 9116).',
        'Contact: mailto:cert@gemeente.example',
        'Expires: 2031-01-31T00:00:00Z',
        'Preferred-Languages: nl, en',
        'Canonical: https://routekaart.gemeente.example/.well-known/security.txt',
        '',
      ].join('\n'),
    );
  });

  it('lists several contacts in the order given, and a policy only when one is set', () => {
    const text = made({
      ...HOST,
      SECURITY_TXT_CONTACT: 'mailto:cert@gemeente.example  https://www.gemeente.example/kwetsbaarheid-melden',
      SECURITY_TXT_POLICY: 'https://www.gemeente.example/responsible-disclosure',
    });
    expect(text.split('\n').filter((line) => /^(Contact|Policy):/.test(line))).toEqual([
      'Contact: mailto:cert@gemeente.example',
      'Contact: https://www.gemeente.example/kwetsbaarheid-melden',
      'Policy: https://www.gemeente.example/responsible-disclosure',
    ]);
    expect(made(HOST)).not.toContain('Policy:');
  });

  it('takes the site address with or without a closing slash', () => {
    expect(made({ ...HOST, SITE_ORIGIN: 'https://routekaart.gemeente.example/' })).toContain('Canonical: https://routekaart.gemeente.example/.well-known/security.txt\n');
  });

  it('is not made without settings, and says what to set', () => {
    for (const environment of [{}, { SECURITY_TXT_CONTACT: ' ', SITE_ORIGIN: '' }]) {
      const result = securityTxtFrom(environment, NOW);
      expect(result.kind).toBe('unset');
      if (result.kind !== 'unset') continue;
      for (const name of ['SECURITY_TXT_CONTACT', 'SECURITY_TXT_EXPIRES', 'SITE_ORIGIN', 'docs/deploy.md']) {
        expect(result.message).toContain(name);
      }
    }
  });

  it('refuses half a configuration, naming what is missing', () => {
    expect(problems({ SECURITY_TXT_CONTACT: HOST.SECURITY_TXT_CONTACT })).toEqual(['SECURITY_TXT_EXPIRES is not set', 'SITE_ORIGIN is not set']);
    expect(problems({ SECURITY_TXT_EXPIRES: HOST.SECURITY_TXT_EXPIRES, SITE_ORIGIN: HOST.SITE_ORIGIN })).toEqual(['SECURITY_TXT_CONTACT is not set']);
  });
});

describe('the expiry', () => {
  it('is refused in the past, and today (the file would expire at the start of it)', () => {
    expect(problems({ ...HOST, SECURITY_TXT_EXPIRES: '2030-03-14' })).toEqual([
      'SECURITY_TXT_EXPIRES 2030-03-14 is in the past (it is 2030-03-15 UTC): choose a day within the coming year',
    ]);
    expect(problems({ ...HOST, SECURITY_TXT_EXPIRES: '2030-03-15' })).toHaveLength(1);
  });

  it('may be any day from tomorrow to a year ahead, and no later', () => {
    expect(made({ ...HOST, SECURITY_TXT_EXPIRES: '2030-03-16' })).toContain('Expires: 2030-03-16T00:00:00Z\n');
    expect(made({ ...HOST, SECURITY_TXT_EXPIRES: '2031-03-15' })).toContain('Expires: 2031-03-15T00:00:00Z\n');
    expect(problems({ ...HOST, SECURITY_TXT_EXPIRES: '2031-03-16' })).toEqual(['SECURITY_TXT_EXPIRES 2031-03-16 is more than a year ahead: 2031-03-15 at the latest']);
  });

  it('must be a real day written YYYY-MM-DD', () => {
    for (const expires of ['2031-02-29', '31-01-2031', '2031-1-31', '2031-01-31T00:00:00Z']) {
      expect(problems({ ...HOST, SECURITY_TXT_EXPIRES: expires }), expires).toEqual([`SECURITY_TXT_EXPIRES "${expires}" is not a date written YYYY-MM-DD`]);
    }
  });
});

describe('the contact and the addresses', () => {
  it('refuses a contact that is not a mailto: e-mail address or an https: page', () => {
    for (const contact of ['cert@gemeente.example', 'mailto:cert', 'mailto:cert@', 'http://www.gemeente.example/melden', 'tel:+31701234567']) {
      expect(problems({ ...HOST, SECURITY_TXT_CONTACT: contact }), contact).toHaveLength(1);
    }
  });

  it('never lets a setting add a line of its own to the file', () => {
    // The URL parser drops a line break inside an address, so the raw setting must be checked.
    const injected = 'https://www.gemeente.example/beleid\nContact: mailto:x@elders.example';
    expect(problems({ ...HOST, SECURITY_TXT_POLICY: injected })).toEqual([`SECURITY_TXT_POLICY "${injected}" has characters a security.txt line cannot hold`]);
    expect(problems({ ...HOST, SECURITY_TXT_CONTACT: 'https://www.gemeente.example/melden\tExpires:' })).not.toEqual([]);
    expect(problems({ ...HOST, SECURITY_TXT_CONTACT: 'mailto:cert@gemeente.example\u2028Policy:' })).not.toEqual([]);
  });

  it('refuses a site address that is not https, or has a path, and a policy that is not https', () => {
    expect(problems({ ...HOST, SITE_ORIGIN: 'http://routekaart.gemeente.example' })).toEqual(['SITE_ORIGIN "http://routekaart.gemeente.example" must start with https://']);
    expect(problems({ ...HOST, SITE_ORIGIN: 'https://www.gemeente.example/routekaart' })).toHaveLength(1);
    expect(problems({ ...HOST, SITE_ORIGIN: 'routekaart.gemeente.example' })).toHaveLength(1);
    expect(problems({ ...HOST, SECURITY_TXT_POLICY: 'http://www.gemeente.example/beleid' })).toHaveLength(1);
  });
});

describe('the build step', () => {
  type Hook = (this: unknown) => void;
  function build(environment: Record<string, string>) {
    const plugin = securityTxt({ environment, now: () => NOW });
    const emitted: Array<{ fileName: string; source: string }> = [];
    const warnings: string[] = [];
    const context = {
      emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
      warn: (message: string) => warnings.push(message),
      info: () => {},
      error: (message: string) => {
        throw new Error(message);
      },
    };
    (plugin.buildStart as Hook).call(context);
    (plugin.generateBundle as Hook).call(context);
    return { emitted, warnings };
  }

  it('writes the file to /.well-known/security.txt when the host set it up', () => {
    expect(build(HOST)).toEqual({ emitted: [{ type: 'asset', fileName: SECURITY_TXT_FILE, source: made(HOST) }], warnings: [] });
    expect(SECURITY_TXT_FILE).toBe('.well-known/security.txt');
  });

  it('ships none and says what to set when nothing is set', () => {
    const { emitted, warnings } = build({});
    expect(emitted).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('SECURITY_TXT_CONTACT')]);
  });

  it('stops the build on a past expiry', () => {
    expect(() => build({ ...HOST, SECURITY_TXT_EXPIRES: '2029-12-31' })).toThrow(/SECURITY_TXT_EXPIRES 2029-12-31 is in the past/);
  });
});
