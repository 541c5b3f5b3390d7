import type { Outcome, Partner, Route, RouteMap } from '../../../routemap/types';
import { own } from '../../../routemap/own';
import { isEmergency } from '../../../routemap/schema';
import { currentLanguage, local, t } from '../../../i18n/i18n';
import { listOf } from '../../../i18n/format';
import { asksMunicipality, hasMunicipalPartners, isScoped, partnersFor } from '../../../routemap/scope';
import { numberingOf } from '../../../routemap/numbering';
import { followLink, PAGES } from '../../../navigation';
import { PartnerList } from '../../parts/partner-list';
import { CallChecklist } from '../../parts/call-checklist';
import { ContactActions } from '../../parts/contact-actions';
import { MunicipalityPicker } from '../../parts/municipality-picker';
import { ShareButton } from '../../parts/share-button';
import { WayOn } from './way-on';
import { ScreenHeading } from '../../parts/screen-heading';
import type { MunicipalityChoice } from '../../parts/municipality-choice';

interface Props {
  routeMap: RouteMap;
  route: Route;
  step: Outcome;
  municipality: MunicipalityChoice;
  /** On along the route, past these partners. */
  onNext: () => void;
}

/**
 * What the heading asks of the user: call (112), report on a website, or get in touch; with the
 * municipality still to pick, the partner of their region or municipality.
 */
function headingFor(partners: Partner[], urgent: boolean, localOnly: 'region' | 'municipality' | undefined): string {
  const names = listOf(
    partners.map((partner) => partner.name),
    currentLanguage(),
  );
  if (urgent) return t('step.callHeading', { partners: names });
  if (localOnly === 'region') return t('step.regionalHeading');
  if (localOnly === 'municipality') return t('step.municipalHeading');
  if (partners.every((partner) => partner.phones.length === 0 && partner.emails.length === 0)) {
    return t('step.reportHeading', { partners: names });
  }
  return t('step.outcomeHeading', { partners: names });
}

/**
 * The partner(s) a "Ja" leads to. Built for the moment of use: the first call button and the
 * way on (a bar stuck to the bottom of the screen) are visible without scrolling; the tools come
 * after the contacts. Several partners can apply to one signal, so the route goes on.
 */
export function OutcomeBody({ routeMap, route, step, municipality, onNext }: Props) {
  const shown = partnersFor(routeMap, step.partners, municipality.name).shown.map((id) => routeMap.partners[id]);
  const listed = step.partners.map((id) => routeMap.partners[id]);
  const urgent = shown.length > 0 && shown.every(isEmergency);
  const scoped = listed.some(isScoped);
  const askMunicipality = asksMunicipality(routeMap, step.partners, municipality.name, 'outcome');
  const localOnly = !askMunicipality || !listed.every(isScoped) ? undefined : hasMunicipalPartners(routeMap, step.partners) ? 'municipality' : 'region';

  const next = own(route.steps, step.next);
  const isLast = next?.type === 'end';
  const { names, total } = numberingOf(route);
  // The way on names the question it leads to, as that question's screen does; partners or a choice next are simply "Verder".
  const wayOn = isLast ? t('step.finish') : next?.type === 'question' ? t('step.next', { number: names.get(step.next), total }) : t('step.continue');

  return (
    <>
      <ScreenHeading>{shown.length === 0 ? t('step.noneForMunicipality', { municipality: municipality.name }) : headingFor(shown, urgent, localOnly)}</ScreenHeading>
      {urgent ? (
        shown.map((partner) => (
          <>
            <ContactActions partner={partner} />
            <p>{local(partner.purpose)}</p>
          </>
        ))
      ) : (
        <>
          <MunicipalityPicker routeMap={routeMap} municipality={municipality} partnerIds={step.partners} shownAs="outcome" />
          {scoped && municipality.name && (
            <p class="quiet">
              {t('home.municipality', { municipality: municipality.name })}{' '}
              <a href={PAGES.settings} onClick={followLink(PAGES.settings)}>
                {t('step.municipalityChange')}
              </a>
            </p>
          )}
          {shown.length === 0 ? (
            <p>{t('step.noneForMunicipalityNext')}</p>
          ) : (
            <>
              <PartnerList routeMap={routeMap} partnerIds={step.partners} municipality={municipality.name} />
              {!isLast && <p>{t('step.moreMayApply')}</p>}
              <CallChecklist />
              <ShareButton partnerNames={shown.map((partner) => partner.name)} />
            </>
          )}
        </>
      )}
      <WayOn label={wayOn} onNext={onNext} />
    </>
  );
}
