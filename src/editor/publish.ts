/**
 * The file a maintainer downloads: the draft with its version raised above everything published
 * (or downloaded) before and the file's date set to today, checked by the same rules as the build
 * (`npm run check-data`), so the editor never produces a file the apps refuse. Pure.
 */
import type { RouteMap } from '../routemap/types';
import { validateRouteMap, type Problem } from '../routemap/validate';
import { numberingPlanProblems } from './numbering-plan';
import { sizeProblem } from '../routemap/data-file';
import { localDate, nextVersion } from '../routemap/version';

export interface Publication {
  routeMap: RouteMap;
  /** The file's text, formatted like data/routekaart.json. */
  text: string;
  /** Empty when the file may be downloaded. */
  problems: Problem[];
}

export function prepareFile(draft: RouteMap, floor: number, now: Date): Publication {
  const routeMap: RouteMap = { ...draft, version: nextVersion(floor, now), checked: localDate(now) };
  const text = `${JSON.stringify(routeMap, null, 2)}\n`;
  const validation = validateRouteMap(routeMap, { now });
  const problems = validation.ok ? [] : validation.problems;
  // Also while other fields still have problems, so every wrong number shows at once. A draft is
  // built by the editor's forms or imported only once valid, so its partners have the right shape.
  for (const problem of numberingPlanProblems(routeMap)) {
    if (!problems.some((known) => known.path === problem.path)) problems.push(problem);
  }
  const tooLarge = sizeProblem(new TextEncoder().encode(text).length);
  if (tooLarge) problems.push({ path: '(file)', message: `is ${tooLarge.detail}` });
  return { routeMap, text, problems };
}
