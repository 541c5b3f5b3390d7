import type { RouteMap } from '../../routemap/types';
import { hasMunicipalPartners } from '../../routemap/scope';
import { t } from '../../i18n/i18n';
import { MunicipalityPicker } from './municipality-picker';
import type { MunicipalityChoice } from './municipality-choice';

/**
 * On a screen that lists every partner, while no municipality is chosen and the map has a
 * municipality's own contacts: why to pick one, and the picker. Nothing for today's map.
 */
export function MunicipalPicker({ routeMap, municipality }: { routeMap: RouteMap; municipality: MunicipalityChoice }) {
  if (municipality.name !== undefined || !hasMunicipalPartners(routeMap)) return null;
  return (
    <div class="no-print">
      <p>{t('region.municipal')}</p>
      <MunicipalityPicker routeMap={routeMap} onMunicipality={municipality.choose} />
    </div>
  );
}
