import type { ComponentChildren } from 'preact';
import type { RouteMap } from '../../routemap/types';
import { splitByRegion } from '../../routemap/by-region';
import { t } from '../../i18n/i18n';

interface Props {
  routeMap: RouteMap;
  partnerIds: string[];
  /** The user's region; partners for other regions go behind "Andere regio". */
  region: string | undefined;
  /** How one partner is shown. */
  partner: (id: string) => ComponentChildren;
}

/** Partners in the map's order: the user's region's first, the other regions' folded away. */
export function ByRegion({ routeMap, partnerIds, region, partner }: Props) {
  const { inRegion, elsewhere } = splitByRegion(routeMap, partnerIds, region);
  return (
    <>
      {inRegion.map(partner)}
      {elsewhere.length > 0 && (
        <details class="other-region">
          <summary>{t('region.other')}</summary>
          {elsewhere.map(partner)}
        </details>
      )}
    </>
  );
}
