import type { RouteMap } from '../../routemap/types';
import { hasMunicipalPartners } from '../../routemap/scope';
import { t } from '../../i18n/i18n';
import { MunicipalityPicker } from './municipality-picker';
import type { MunicipalityChoice } from './municipality-choice';

interface Props {
  routeMap: RouteMap;
  municipality: MunicipalityChoice;
  /** The partners the screen lists; all of the map's when left out. */
  partnerIds?: string[];
}

/**
 * On a screen that lists partners, while no municipality is chosen and a municipality's own
 * contact is among them: why to pick one, and the picker. Nothing for today's map.
 */
export function MunicipalPicker({ routeMap, municipality, partnerIds }: Props) {
  if (municipality.name !== undefined || !hasMunicipalPartners(routeMap, partnerIds)) return null;
  return (
    <div class="no-print">
      <p>{t('region.municipal')}</p>
      <MunicipalityPicker routeMap={routeMap} onMunicipality={municipality.choose} />
    </div>
  );
}
