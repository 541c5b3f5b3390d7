import type { Outcome } from '../routemap/types';
import { currentLanguage, t } from '../i18n/i18n';
import { listOf } from '../i18n/format';
import { splitByRegion } from '../routemap/regions';
import { PartnerList } from './partner-list';
import { CallChecklist } from './call-checklist';
import { ShareButton } from './share-button';
import { ScreenHeading } from './screen-heading';
import type { StepProps } from './step-screen';

interface Props extends StepProps {
  step: Outcome;
  onNext: () => void;
}

/** The partner(s) a "Ja" leads to, and the way on: several partners can apply to one signal. */
export function OutcomeScreen({ routeMap, route, step, region, onNext }: Props) {
  const isLast = route.steps[step.next]?.type === 'end';
  // The partners for the user's own region; the others stay behind "Andere regio".
  const names = splitByRegion(routeMap, step.partners, region).own.map((id) => routeMap.partners[id].name);
  return (
    <>
      <ScreenHeading>{t('step.outcomeHeading', { partners: listOf(names, currentLanguage()) })}</ScreenHeading>
      <p>{t('step.outcomeIntro', { count: step.partners.length })}</p>
      <PartnerList routeMap={routeMap} partnerIds={step.partners} region={region} />
      <CallChecklist />
      <ShareButton partnerNames={names} />
      {!isLast && <p>{t('step.moreMayApply')}</p>}
      <button type="button" class="button button--primary" onClick={onNext}>
        {isLast ? t('step.finish') : t('step.next')}
      </button>
    </>
  );
}
