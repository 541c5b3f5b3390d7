import './screens.css';
import type { RouteMap } from '../../routemap/types';
import { mapTitle, t } from '../../i18n/i18n';
import { followLink, goBack, PAGES } from '../../navigation';
import { RouteDrawing } from '../parts/route-drawing';
import { ScreenHeading } from '../parts/screen-heading';
import { MunicipalityPicker } from '../parts/municipality-picker';
import type { MunicipalityChoice } from '../parts/municipality-choice';

/** "De hele routekaart": every route of the map drawn at once, with every partner's working buttons. */
export function MapScreen({ routeMap, municipality }: { routeMap: RouteMap; municipality: MunicipalityChoice }) {
  return (
    <div class="whole-map">
      <ScreenHeading>{t('map.heading')}</ScreenHeading>
      <p class="quiet">{mapTitle(routeMap)}</p>
      <MunicipalityPicker routeMap={routeMap} municipality={municipality} shownAs="list" />
      {Object.entries(routeMap.routes).map(([id, route]) => (
        <RouteDrawing routeMap={routeMap} id={id} route={route} contacts="buttons" municipality={municipality.name} />
      ))}
      <nav class="step-nav" aria-label={t('map.heading')}>
        <button type="button" class="button button--quiet" onClick={goBack}>
          {t('step.back')}
        </button>
        <a class="button button--quiet" href={PAGES.partners} onClick={followLink(PAGES.partners)}>
          {t('home.partnersLink')}
        </a>
      </nav>
    </div>
  );
}
