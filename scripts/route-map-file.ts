/**
 * Checks a route map data file as the build and `npm run check-data` see it: everything the app's
 * own validator checks, plus a full Dutch numbering-plan check of every phone number.
 */
import { readFileSync } from 'node:fs';
import { validateRouteMap, type Problem } from '../src/routemap/validate';
import { numberingPlanProblems } from '../src/editor/numbering-plan';
import { readDataFile } from '../src/routemap/data-file';

/**
 * The map the app is built with: the repository's, or another region's named by ROUTE_MAP_FILE
 * (the end-to-end tests build a second, deliberately different map this way).
 */
export const REPO_DATA_FILE = process.env.ROUTE_MAP_FILE ?? 'data/routekaart.json';

export function checkRouteMapText(text: string): Problem[] {
  const file = readDataFile(text);
  if (!file.ok) return [{ path: '(file)', message: `is ${file.detail}` }];
  // The build's clock guards the file going out, as the app's guards a file coming in.
  const result = validateRouteMap(file.value, { now: new Date() });
  if (!result.ok) return result.problems;
  return numberingPlanProblems(result.routeMap);
}

export function checkRouteMapFile(path: string): Problem[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return [{ path: '(file)', message: `cannot be read: ${(error as Error).message}` }];
  }
  return checkRouteMapText(text);
}
