/** Which partners serve the user's own region. Pure. */
import { own } from './own';
import type { RouteMap } from './types';

export function regionOf(routeMap: RouteMap, municipality: string | undefined): string | undefined {
  if (municipality === undefined) return undefined;
  return Object.entries(routeMap.regions).find(([, region]) => region.municipalities.includes(municipality))?.[0];
}

/**
 * Splits partners into those for the user's region (and those that serve every region) and
 * those for other regions. Without a known region, all partners are the user's own.
 */
export function splitByRegion(
  routeMap: RouteMap,
  partnerIds: string[],
  region: string | undefined,
): { inRegion: string[]; elsewhere: string[] } {
  const isOther = (id: string) => {
    const partnerRegion = own(routeMap.partners, id)?.region;
    return region !== undefined && partnerRegion !== undefined && partnerRegion !== region;
  };
  const elsewhere = partnerIds.filter(isOther);
  // None for the user's region: the others are the only way on, so they are shown, not tucked away.
  if (elsewhere.length === partnerIds.length) return { inRegion: partnerIds, elsewhere: [] };
  return { inRegion: partnerIds.filter((id) => !isOther(id)), elsewhere };
}

/** All municipalities, alphabetically, with their region. */
export function municipalities(routeMap: RouteMap): Array<{ name: string; region: string }> {
  return Object.entries(routeMap.regions)
    .flatMap(([region, { municipalities: names }]) => names.map((name) => ({ name, region })))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
