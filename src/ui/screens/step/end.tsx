import type { End, Route, RouteMap } from '../../../routemap/types';
import { partnersOfRoute, partnersOfWalk } from '../../../routemap/walk';
import { isFor } from '../../../routemap/scope';
import { isEmergency } from '../../../routemap/schema';
import { local, t } from '../../../i18n/i18n';
import { followLink, PAGES, stepPath } from '../../../navigation';
import { PartnerSummary } from '../../parts/partner-summary';
import { ScreenHeading } from '../../parts/screen-heading';
import { TermExplanations } from '../../parts/term-explanations';
import { MunicipalityPicker } from '../../parts/municipality-picker';
import type { MunicipalityChoice } from '../../parts/municipality-choice';

/**
 * The summary: every partner this walk led to, in answer order. A walk that led to no partner
 * is no dead end: the map says to call a partner to spar, also on a gut feeling. Opened directly
 * (a shared link, no walk in this tab's history), it lists all partners of the route.
 */
interface Props {
  routeMap: RouteMap;
  routeId: string;
  route: Route;
  step: End;
  trail: string[];
  municipality: MunicipalityChoice;
}

export function EndBody({ routeMap, routeId, route, step, trail, municipality }: Props) {
  // Only this summary in the walk: it was opened from a link.
  const direct = trail.length === 1;
  const walked = (direct ? partnersOfRoute(route) : partnersOfWalk(route, trail)).filter((id) => isFor(routeMap, id, municipality.name));
  const none = walked.length === 0;
  // To spar, not for an emergency: 112 is in the header anyway.
  const partners = none ? partnersOfRoute(route).filter((id) => !isEmergency(routeMap.partners[id])) : walked;
  const otherRoutes = Object.entries(routeMap.routes).filter(([id]) => id !== routeId);
  return (
    <>
      <ScreenHeading>{t('end.heading')}</ScreenHeading>
      {step.tip && <p class="tip">{local(step.tip)}</p>}
      <TermExplanations terms={routeMap.terms} texts={[step.tip && local(step.tip)]} />
      <p>{none ? t('end.none') : direct ? t('end.direct') : t('end.fromAnswers')}</p>
      {none && routeMap.texts?.spirit && <p>{local(routeMap.texts.spirit)}</p>}
      <MunicipalityPicker routeMap={routeMap} municipality={municipality} partnerIds={partners} shownAs="list" />
      <PartnerSummary routeMap={routeMap} partnerIds={partners} municipality={municipality.name} />
      {!none && <p>{t('end.consult')}</p>}
      <p>
        <a class="button button--primary" href={PAGES.partners} onClick={followLink(PAGES.partners)}>
          {t('home.partnersLink')}
        </a>
      </p>
      {otherRoutes.map(([id, other]) => (
        <p>
          <a href={stepPath(id, other.start)} onClick={followLink(stepPath(id, other.start), [other.start])}>
            {t('end.otherRoute', { route: local(other.title) })}
          </a>
        </p>
      ))}
    </>
  );
}
