import './screens.css';
import { useEffect } from 'preact/hooks';
import type { RouteMap } from '../../routemap/types';
import { partnersOfRoute } from '../../routemap/walk';
import { currentLanguage, local, mapTitle, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { appAddress } from '../../platform/links';
import { ScreenHeading } from '../parts/screen-heading';
import { ContactsText } from '../parts/contacts-text';
import { QrCode } from '../parts/qr-code';
import { PartnerFor } from '../parts/partner-for';
import { RouteDrawing } from '../parts/route-drawing';
import { MunicipalityPicker } from '../parts/municipality-picker';
import type { MunicipalityChoice } from '../parts/municipality-choice';
import { isFor } from '../../routemap/scope';

/**
 * The whole map on paper, at most two A4 pages: each route drawn on a page of its own (as on
 * screen, with every number and address as text in its boxes), then the partners no route names,
 * and the QR code to put the app on a phone. Opens the print dialog once shown.
 */
export function PrintScreen({ routeMap, municipality }: { routeMap: RouteMap; municipality: MunicipalityChoice }) {
  // Every partner an outcome names is in a drawing's box, with its numbers: only the others here.
  const named = new Set(Object.values(routeMap.routes).flatMap(partnersOfRoute));
  const unnamed = Object.entries(routeMap.partners)
    .filter(([id]) => !named.has(id) && isFor(routeMap, id, municipality.name))
    .map(([, partner]) => partner);
  useEffect(() => {
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div class="print-view">
      <ScreenHeading>{mapTitle(routeMap)}</ScreenHeading>
      <p class="quiet">{t('print.source', { date: formatDate(routeMap.checked, currentLanguage()) })}</p>
      <MunicipalityPicker routeMap={routeMap} municipality={municipality} shownAs="list" />
      <p class="no-print">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {t('print.again')}
        </button>
      </p>
      {Object.entries(routeMap.routes).map(([id, route]) => (
        <RouteDrawing routeMap={routeMap} id={id} route={route} contacts="text" municipality={municipality.name} />
      ))}
      {unnamed.length > 0 && (
        <section class="print-partners">
          <h2>{t('print.partners')}</h2>
          {unnamed.map((partner) => (
            <div>
              <h3>
                {partner.name} <span class="quiet">— {local(partner.about)}</span>
              </h3>
              <PartnerFor partner={partner} />
              <ContactsText partner={partner} />
            </div>
          ))}
        </section>
      )}
      <p class="print-app">
        <QrCode text={appAddress()} label={t('shareApp.qrLabel', { url: appAddress() })} />
        <span>
          <strong>{t('shareApp.print')}</strong>
          <br />
          {appAddress()}
        </span>
      </p>
    </div>
  );
}
