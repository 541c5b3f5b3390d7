/** The map's regions and their municipalities. Pure. */
import type { RouteMap } from './types';

export function regionOf(routeMap: RouteMap, municipality: string | undefined): string | undefined {
  if (municipality === undefined) return undefined;
  return Object.entries(routeMap.regions).find(([, region]) => region.municipalities.includes(municipality))?.[0];
}

/** All municipalities, alphabetically, with their region. */
export function municipalities(routeMap: RouteMap): Array<{ name: string; region: string }> {
  return Object.entries(routeMap.regions)
    .flatMap(([region, { municipalities: names }]) => names.map((name) => ({ name, region })))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
