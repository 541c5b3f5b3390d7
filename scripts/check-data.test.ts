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

function fileWith(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'check-data-')), 'routekaart.json');
  writeFileSync(file, text);
  return file;
}

/** Runs `npm run check-data` the way a content maintainer does (`--against`: the way ICT does before publishing). */
function runChecker(text?: string, ...more: string[]): { code: number; output: string } {
  const args = ['tsx', 'scripts/check-data.ts'];
  if (text !== undefined) args.push(fileWith(text));
  args.push(...more);
  try {
    return { code: 0, output: execFileSync('npx', args, { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { status: number; stderr: string; stdout: string };
    return { code: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe('the data checker', () => {
  it("passes the repo's own file", () => {
    expect(checkRouteMapText(JSON.stringify(shipped))).toEqual([]);
  });

  it('flags a number of an allowed kind that is not in the numbering plan (area code 019 does not exist)', () => {
    expect(checkRouteMapText(withChange((f) => (f.partners.shop.phones[1].number = '019-1234567')))).toEqual([
      { path: 'partners.shop.phones[1].number', message: '"019-1234567" is not a number in the Dutch numbering plan', kind: 'phone' },
    ]);
  });

  it('explains a file that is not JSON', () => {
    expect(checkRouteMapText('{ "version": 1, ')).toEqual([{ path: '(file)', message: expect.stringMatching(/^is not valid JSON: /) }]);
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

  // Each case runs the real command (tsx starting up): seconds on a busy CI machine.
  describe('against the live file', () => {
    const live = fileWith(JSON.stringify(shipped));

    it('refuses a file whose version is not above the live one, with the reason, and lists what it would change', { timeout: 60_000 }, () => {
      const same = runChecker(
        withChange((f) => (f.partners.shop.phones[1].number = '06-12345678')),
        '--against',
        live,
      );
      expect(same.code).toBe(1);
      expect(same.output).toContain(`version ${shipped.version} is not above the live file's version ${shipped.version}`);
      expect(same.output).toContain(`SHOP — Telefoon 2: ${shipped.partners.shop.phones[1].number} → 06-12345678`);

      const older = runChecker(
        withChange((f) => (f.version = shipped.version - 1)),
        '--against',
        live,
      );
      expect(older.code).toBe(1);
      expect(older.output).toContain(`version ${shipped.version - 1} is not above the live file's version ${shipped.version}`);
    });

    it("passes a higher version and lists, in the editor's words, every change to whom a worker reaches", { timeout: 60_000 }, () => {
      const newer = runChecker(
        withChange((f) => {
          f.version = shipped.version + 1;
          f.partners.shop.phones[1].number = '06-12345678';
          f.partners.riec.emails[0].address = 'meld@voorbeeld.nl';
          f.routes.persoon.steps['ondersteuning-shop'].next = 'einde';
        }),
        '--against',
        live,
      );
      expect(newer.code).toBe(0);
      expect(newer.output).toContain(`the apps will take version ${shipped.version + 1}`);
      expect(newer.output).toContain('Wat verandert voor medewerkers (3):');
      expect(newer.output).toContain(`  - SHOP — Telefoon 2: ${shipped.partners.shop.phones[1].number} → 06-12345678`);
      expect(newer.output).toContain(`  - RIEC — E-mail 1: ${shipped.partners.riec.emails[0].address} → meld@voorbeeld.nl`);
      expect(newer.output).toMatch(/ {2}- Routes en vragen: ‘[^’]+’ — Partners bij vraag 3 — Daarna gaat de route naar: Vraag 4: .+ → Einde van de route\n/);
    });

    it('refuses to compare with a live file it cannot read', { timeout: 60_000 }, () => {
      const missing = runChecker(JSON.stringify(shipped), '--against', join(tmpdir(), 'no-such-folder', 'routekaart.json'));
      expect(missing.code).toBe(1);
      expect(missing.output).toContain('cannot compare with the live file: it cannot be read');
    });
  });
});
