/**
 * `npm run check-data [file]`: checks a route map data file before it is published.
 * Prints every problem with its JSON path; exits 1 on any problem.
 */
import { readFileSync } from 'node:fs';
import { checkRouteMapFile, REPO_DATA_FILE } from './route-map-file';

const file = process.argv[2] ?? REPO_DATA_FILE;
const problems = checkRouteMapFile(file);

if (problems.length === 0) {
  const { version, checked } = JSON.parse(readFileSync(file, 'utf8')) as { version: number; checked: string };
  console.log(`${file}: no problems (version ${version}, contacts checked on ${checked}).`);
} else {
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  ${problem.path}: ${problem.message}`);
  process.exitCode = 1;
}
