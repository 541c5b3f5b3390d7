import type { ComponentChildren } from 'preact';
import type { RouteMap } from '../../routemap/types';
import { partnersFor } from '../../routemap/scope';
import { t } from '../../i18n/i18n';

interface Props {
  routeMap: RouteMap;
  partnerIds: string[];
  /** The user's municipality: partners for other regions go behind "Andere regio", other municipalities' are left out. */
  municipality: string | undefined;
  /** How one partner is shown. */
  partner: (id: string) => ComponentChildren;
}

/** Partners in the map's order: the user's first, the other regions' folded away (src/routemap/scope.ts). */
export function ByRegion({ routeMap, partnerIds, municipality, partner }: Props) {
  const { shown, otherRegion } = partnersFor(routeMap, partnerIds, municipality);
  return (
    <>
      {shown.map(partner)}
      {otherRegion.length > 0 && (
        <details class="other-region">
          <summary>{t('region.other')}</summary>
          {otherRegion.map(partner)}
        </details>
      )}
    </>
  );
}
