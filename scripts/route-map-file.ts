/**
 * Checks a route map data file as the build and `npm run check-data` see it: everything the app's
 * own validator checks, plus a full Dutch numbering-plan check of every phone number. Runs in
 * Node only, so libphonenumber-js never enters the app's bundle.
 */
import { readFileSync } from 'node:fs';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { validateRouteMap, type Problem } from '../src/routemap/validate';
import { MAX_FILE_BYTES } from '../src/routemap/update';
import type { RouteMap } from '../src/routemap/types';

/**
 * The map the app is built with: the repository's, or another region's named by ROUTE_MAP_FILE
 * (the end-to-end tests build a second, deliberately different map this way).
 */
export const REPO_DATA_FILE = process.env.ROUTE_MAP_FILE ?? 'data/routekaart.json';

/** 112 is a short emergency code, which the numbering plan does not list as a phone number. */
const EMERGENCY = '112';

function numberingPlanProblems(routeMap: RouteMap): Problem[] {
  const problems: Problem[] = [];
  for (const [id, partner] of Object.entries(routeMap.partners)) {
    partner.phones.forEach((phone, i) => {
      if (phone.number === EMERGENCY || isValidPhoneNumber(phone.number, 'NL')) return;
      problems.push({
        path: `partners.${id}.phones[${i}].number`,
        message: `"${phone.number}" is not a number in the Dutch numbering plan`,
      });
    });
  }
  return problems;
}

export function checkRouteMapText(text: string): Problem[] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    return [{ path: '(file)', message: `is ${bytes} bytes; the app refuses files over ${MAX_FILE_BYTES} bytes` }];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return [{ path: '(file)', message: `is not valid JSON: ${(error as Error).message}` }];
  }
  const result = validateRouteMap(parsed);
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
