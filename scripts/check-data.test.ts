import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from '../data/routekaart.json';
import { checkRouteMapText } from './route-map-file';

function withChange(change: (file: any) => void): string {
  const file = structuredClone(shipped) as any;
  change(file);
  return JSON.stringify(file);
}

/** Runs `npm run check-data` the way a content maintainer does. */
function runChecker(text?: string): { code: number; output: string } {
  const args = ['tsx', 'scripts/check-data.ts'];
  if (text !== undefined) {
    const file = join(mkdtempSync(join(tmpdir(), 'check-data-')), 'routekaart.json');
    writeFileSync(file, text);
    args.push(file);
  }
  try {
    return { code: 0, output: execFileSync('npx', args, { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { status: number; stderr: string; stdout: string };
    return { code: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe('the data checker', () => {
  it('passes the repo\'s own file', () => {
    expect(checkRouteMapText(JSON.stringify(shipped))).toEqual([]);
  });

  it('flags a number of an allowed kind that is not in the numbering plan (area code 019 does not exist)', () => {
    expect(checkRouteMapText(withChange((f) => (f.partners.shop.phones[1].number = '019-1234567')))).toEqual([
      { path: 'partners.shop.phones[1].number', message: '"019-1234567" is not a number in the Dutch numbering plan', kind: 'phone' },
    ]);
  });

  it('explains a file that is not JSON', () => {
    expect(checkRouteMapText('{ "version": 1, ')).toEqual([
      { path: '(file)', message: expect.stringMatching(/^is not valid JSON: /) },
    ]);
  });

  // Two runs of the real command (tsx starting up): seconds on a busy CI machine.
  it('exits 0 on the repo file and 1, with every problem and its path, on a broken one', { timeout: 60_000 }, () => {
    const good = runChecker();
    expect(good.code).toBe(0);
    expect(good.output).toContain('data/routekaart.json: no problems');

    const bad = runChecker(
      withChange((f) => {
        f.partners.riec.emails[0].address = 'bb-riec@';
        f.routes.locatie.steps.arbeid.no = 'nergens';
      }),
    );
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('2 problems');
    expect(bad.output).toContain('partners.riec.emails[0].address: "bb-riec@" is not a valid e-mail address');
    expect(bad.output).toContain('routes.locatie.steps.arbeid.no: leads nowhere: there is no step "nergens"');
  });
});
