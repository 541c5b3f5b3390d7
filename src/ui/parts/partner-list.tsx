import type { RouteMap } from '../../routemap/types';
import { copiedDate } from '../../routemap/schema';
import { ByRegion } from './by-region';
import { ContactCard } from './contact-card';

interface Props {
  routeMap: RouteMap;
  partnerIds: string[];
  /** The user's region; partners for other regions go behind "Andere regio". */
  region: string | undefined;
  headingLevel?: 2 | 3;
}

export function PartnerList({ routeMap, partnerIds, region, headingLevel }: Props) {
  return (
    <ByRegion
      routeMap={routeMap}
      partnerIds={partnerIds}
      region={region}
      partner={(id) => (
        <ContactCard id={id} partner={routeMap.partners[id]} copied={copiedDate(routeMap)} headingLevel={headingLevel} terms={routeMap.terms} />
      )}
    />
  );
}
