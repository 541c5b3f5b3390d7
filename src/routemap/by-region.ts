/** Which partners serve the user's own region. Pure. */
import { own } from './own';
import type { RouteMap } from './types';

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
