import type { RouteMap } from '../../routemap/types';
import { municipalities } from '../../routemap/regions';
import { asksMunicipality, type PartnersShownAs } from '../../routemap/scope';
import { local, t } from '../../i18n/i18n';
import type { MunicipalityChoice } from './municipality-choice';

interface Props {
  routeMap: RouteMap;
  municipality: MunicipalityChoice;
  /** The partners the screen lists; all of the map's when left out. */
  partnerIds?: string[];
  shownAs: PartnersShownAs;
}

/**
 * Right where a partner depends on where the user works (src/routemap/scope.ts says when): pick
 * the municipality here, once, and the app remembers it. The platform's own select: one control,
 * works with every screen reader. A list of partners says why it asks; an outcome's heading does.
 */
export function MunicipalityPicker({ routeMap, municipality, partnerIds = Object.keys(routeMap.partners), shownAs }: Props) {
  if (!asksMunicipality(routeMap, partnerIds, municipality.name, shownAs)) return null;
  const all = municipalities(routeMap);
  const picker = (
    <p class="picker">
      <label for="outcome-municipality">{t('step.municipality')}</label>
      <select
        id="outcome-municipality"
        aria-describedby="outcome-municipality-hint"
        onChange={(event) => {
          const value = (event.target as HTMLSelectElement).value;
          // The picker goes once a municipality is chosen: move focus to the new heading.
          if (value) void municipality.choose(value).then(() => document.getElementById('screen-heading')?.focus());
        }}
      >
        <option value="">{t('step.municipalityPick')}</option>
        {Object.entries(routeMap.regions).map(([id, region]) => (
          <optgroup key={id} label={local(region.name)}>
            {all
              .filter((each) => each.region === id)
              .map(({ name }) => (
                <option value={name}>{name}</option>
              ))}
          </optgroup>
        ))}
      </select>
      <span id="outcome-municipality-hint" class="quiet picker__hint">
        {t('step.municipalityRemembered')}
      </span>
    </p>
  );
  if (shownAs === 'outcome') return picker;
  return (
    <div class="no-print">
      <p>{t('region.municipal')}</p>
      {picker}
    </div>
  );
}
