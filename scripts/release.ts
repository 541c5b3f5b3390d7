/**
 * `npm run release -- --live LIVE` (a path or an https URL of the live data file), or
 * `npm run release -- --first-release` when nothing is published yet: the production build,
 * fail-closed. It stops before building when the repository's data file is older than the live
 * one (release-check.ts). `npm run build` alone stays as it was, for development and the tests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { RouteMap } from '../src/routemap/types';
import { checkRouteMapFile, REPO_DATA_FILE } from './route-map-file';
import { readLiveRouteMap } from './live-file';
import { releaseDecision } from './release-check';

function parseArguments(args: string[]): { live?: string; firstRelease: boolean } {
  const positional: string[] = [];
  let live: string | undefined;
  let firstRelease = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--live') live = args[++i];
    else if (args[i] === '--first-release') firstRelease = true;
    else positional.push(args[i]);
  }
  // Without `--`, npm keeps the flags for itself: `--live X` leaves X, `--first-release` leaves nothing.
  if (live === undefined && process.env.npm_config_live === 'true') live = positional[0];
  if (process.env.npm_config_first_release === 'true') firstRelease = true;
  return { live, firstRelease };
}

async function main(): Promise<number> {
  const { live, firstRelease } = parseArguments(process.argv.slice(2));
  const problems = checkRouteMapFile(REPO_DATA_FILE);
  if (problems.length > 0) {
    console.error(`Stopped: ${REPO_DATA_FILE} has ${problems.length} problem(s); npm run check-data lists them.`);
    return 1;
  }
  let liveMap: RouteMap | undefined;
  if (live !== undefined) {
    const reading = await readLiveRouteMap(live);
    if (!reading.ok) {
      console.error(`Stopped: the live file ${live} cannot be used: ${reading.problem}`);
      return 1;
    }
    liveMap = reading.routeMap;
  }
  const repo = JSON.parse(readFileSync(REPO_DATA_FILE, 'utf8')) as RouteMap;
  const decision = releaseDecision(REPO_DATA_FILE, repo, liveMap, firstRelease);
  (decision.go ? console.log : console.error)(decision.says);
  if (!decision.go) return 1;
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
