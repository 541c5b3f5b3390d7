import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from '../data/routekaart.json';
import type { RouteMap } from '../src/routemap/types';
import { releaseDecision } from './release-check';

const repo = shipped as RouteMap;
const withVersion = (version: number): RouteMap => ({ ...structuredClone(repo), version });

describe('the fail-closed release', () => {
  it('stops without the live file, unless told that this is the first release', () => {
    expect(releaseDecision('data/routekaart.json', repo, undefined, false)).toEqual({ go: false, says: expect.stringContaining('needs the live data file') });
    expect(releaseDecision('data/routekaart.json', repo, undefined, true)).toEqual({ go: true, says: expect.stringContaining('First release') });
  });

  it("stops when the repository's file is older than the live one", () => {
    const decision = releaseDecision('data/routekaart.json', repo, withVersion(repo.version + 1), false);
    expect(decision).toEqual({ go: false, says: expect.stringContaining(`version ${repo.version}, older than the live file's version ${repo.version + 1}`) });
  });

  it('stops when both have the same version but differ, whatever the order of their keys', () => {
    const edited = structuredClone(repo);
    edited.partners.shop.phones[1].number = '06-12345678';
    expect(releaseDecision('data/routekaart.json', edited, repo, false).go).toBe(false);
    const reordered = Object.fromEntries(Object.entries(structuredClone(repo)).reverse()) as unknown as RouteMap;
    expect(releaseDecision('data/routekaart.json', repo, reordered, false)).toEqual({ go: true, says: expect.stringContaining('is the live file') });
  });

  it('goes on with a newer file, and says to publish it as the live file too', () => {
    expect(releaseDecision('data/routekaart.json', withVersion(repo.version + 1), repo, false)).toEqual({
      go: true,
      says: expect.stringContaining('publish it as the live file too'),
    });
  });

  it('stops when told both that this is the first release and which file is live', () => {
    expect(releaseDecision('data/routekaart.json', repo, repo, true).go).toBe(false);
  });

  // The real command, stopping before it builds (tsx starting up: seconds on a busy CI machine).
  it('npm run release stops, exit 1, before building a release whose data is older than the live file', { timeout: 60_000 }, () => {
    const folder = mkdtempSync(join(tmpdir(), 'release-'));
    const [older, live] = [join(folder, 'repo.json'), join(folder, 'live.json')];
    writeFileSync(older, JSON.stringify(repo));
    writeFileSync(live, JSON.stringify(withVersion(repo.version + 1)));
    const run = (...args: string[]) => {
      try {
        return {
          code: 0,
          output: execFileSync('npx', ['tsx', 'scripts/release.ts', ...args], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ROUTE_MAP_FILE: older } }),
        };
      } catch (error) {
        const failed = error as { status: number; stdout: string; stderr: string };
        return { code: failed.status, output: failed.stdout + failed.stderr };
      }
    };
    const stopped = run('--live', live);
    expect(stopped.code).toBe(1);
    expect(stopped.output).toContain(`Stopped: ${older} is version ${repo.version}, older than the live file's version ${repo.version + 1}.`);
    expect(stopped.output).not.toContain('vite');
    const blind = run();
    expect(blind.code).toBe(1);
    expect(blind.output).toContain('needs the live data file');
  });
});
