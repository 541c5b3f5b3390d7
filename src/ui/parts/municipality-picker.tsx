import type { RouteMap } from '../../routemap/types';
import { municipalities } from '../../routemap/regions';
import { local, t } from '../../i18n/i18n';

interface Props {
  routeMap: RouteMap;
  onMunicipality: (municipality: string) => Promise<void>;
}

/**
 * Right where a partner differs per region: pick the municipality here, once, and the app
 * remembers it. The platform's own select: one control, works with every screen reader.
 */
export function MunicipalityPicker({ routeMap, onMunicipality }: Props) {
  const all = municipalities(routeMap);
  return (
    <p class="picker">
      <label for="outcome-municipality">{t('step.municipality')}</label>
      <select
        id="outcome-municipality"
        aria-describedby="outcome-municipality-hint"
        onChange={(event) => {
          const value = (event.target as HTMLSelectElement).value;
          // The picker goes once a municipality is chosen: move focus to the new heading.
          if (value) void onMunicipality(value).then(() => document.getElementById('screen-heading')?.focus());
        }}
      >
        <option value="">{t('step.municipalityPick')}</option>
        {Object.entries(routeMap.regions).map(([id, region]) => (
          <optgroup key={id} label={local(region.name)}>
            {all
              .filter((municipality) => municipality.region === id)
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
}
