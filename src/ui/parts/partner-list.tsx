import type { RouteMap } from '../../routemap/types';
import { copiedDate } from '../../routemap/schema';
import { ByRegion } from './by-region';
import { ContactCard } from './contact-card';

interface Props {
  routeMap: RouteMap;
  partnerIds: string[];
  /** The user's municipality (src/routemap/scope.ts says which partners it sees). */
  municipality: string | undefined;
  headingLevel?: 2 | 3;
}

export function PartnerList({ routeMap, partnerIds, municipality, headingLevel }: Props) {
  return (
    <ByRegion
      routeMap={routeMap}
      partnerIds={partnerIds}
      municipality={municipality}
      partner={(id) => <ContactCard id={id} partner={routeMap.partners[id]} copied={copiedDate(routeMap)} headingLevel={headingLevel} terms={routeMap.terms} />}
    />
  );
}
