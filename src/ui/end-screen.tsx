import type { End } from '../routemap/types';
import { partnersOfRoute, partnersOfWalk } from '../routemap/walk';
import { local, t } from '../i18n/i18n';
import { followLink, stepPath } from '../navigation';
import { PartnerList } from './partner-list';
import { ScreenHeading } from './screen-heading';
import type { StepProps } from './step-screen';

/**
 * The summary: every partner this walk led to. Opened directly (a shared link, no walk in this
 * tab's history), it lists all partners of the route instead.
 */
export function EndScreen({ routeMap, routeId, route, trail, step, region }: StepProps & { step: End }) {
  const direct = trail.length === 0;
  const partners = direct ? partnersOfRoute(route) : partnersOfWalk(route, trail);
  const otherRoutes = Object.entries(routeMap.routes).filter(([id]) => id !== routeId);
  return (
    <>
      <ScreenHeading>{t('end.heading')}</ScreenHeading>
      {step.tip && <p class="tip">{local(step.tip)}</p>}
      <p>{partners.length === 0 ? t('end.none') : direct ? t('end.direct') : t('end.fromAnswers')}</p>
      <PartnerList routeMap={routeMap} partnerIds={partners} region={region} />
      <p>{t('end.consult')}</p>
      {otherRoutes.map(([id, other]) => (
        <p>
          <a
            href={stepPath(id, other.start)}
            onClick={followLink(stepPath(id, other.start), [other.start])}
          >
            {t('end.otherRoute', { route: local(other.title) })}
          </a>
        </p>
      ))}
    </>
  );
}
