import type { RouteMap } from '../../routemap/types';
import { copiedDate } from '../../routemap/schema';
import { splitByRegion } from '../../routemap/regions';
import { t } from '../../i18n/i18n';
import { ContactCard } from './contact-card';

interface Props {
  routeMap: RouteMap;
  partnerIds: string[];
  /** The user's region; partners for other regions go behind "Andere regio". */
  region: string | undefined;
  headingLevel?: 2 | 3;
}

export function PartnerList({ routeMap, partnerIds, region, headingLevel }: Props) {
  const { own, other } = splitByRegion(routeMap, partnerIds, region);
  return (
    <>
      {own.map((id) => (
        <ContactCard id={id} partner={routeMap.partners[id]} copied={copiedDate(routeMap)} headingLevel={headingLevel} terms={routeMap.terms} />
      ))}
      {other.length > 0 && (
        <details class="other-region">
          <summary>{t('region.other')}</summary>
          {other.map((id) => (
            <ContactCard id={id} partner={routeMap.partners[id]} copied={copiedDate(routeMap)} headingLevel={headingLevel} terms={routeMap.terms} />
          ))}
        </details>
      )}
    </>
  );
}
