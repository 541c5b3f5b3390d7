import '../screens.css';
import type { JSX } from 'preact';
import type { RouteMap } from '../../../routemap/types';
import type { StepOnRoute } from '../../../routemap/find-step';
import { nextStepId, type Answer } from '../../../routemap/walk';
import { numberingOf } from '../../../routemap/numbering';
import { local, t } from '../../../i18n/i18n';
import { followLink, goBack, navigate, stepPath } from '../../../navigation';
import type { MunicipalityChoice } from '../../parts/municipality-choice';
import { QuestionBody } from './question';
import { OutcomeBody } from './outcome';
import { EndBody } from './end';

interface Props {
  routeMap: RouteMap;
  at: StepOnRoute;
  /** The steps walked on this route so far, ending with this one. */
  trail: string[];
  municipality: MunicipalityChoice;
}

/** One step of a route: a question, a choice, an outcome or the summary. */
export function StepScreen({ routeMap, at, trail, municipality }: Props) {
  const { routeId, route, stepId, step } = at;
  const goTo = (next: string | undefined) => {
    if (next !== undefined) navigate(stepPath(routeId, next), [...trail, next]);
  };
  const answer = (value: Answer) => goTo(nextStepId(step, value));

  let body: JSX.Element;
  if (step.type === 'question' || step.type === 'choice') body = <QuestionBody routeMap={routeMap} step={step} onAnswer={answer} />;
  else if (step.type === 'outcome') {
    body = <OutcomeBody routeMap={routeMap} route={route} step={step} municipality={municipality} onNext={() => goTo(step.next)} />;
  } else body = <EndBody routeMap={routeMap} routeId={routeId} route={route} step={step} trail={trail} municipality={municipality} />;

  const { names, total } = numberingOf(route);
  const number = names.get(stepId);
  return (
    <>
      <p class="progress">
        <span>{local(route.title)}</span>
        {number !== undefined && <span class="nowrap"> · {t('step.questionOf', { number, total })}</span>}
      </p>
      {body}
      <nav class="step-nav" aria-label={t('app.short')}>
        <button type="button" class="button button--quiet" onClick={goBack}>
          {t('step.back')}
        </button>
        <a class="button button--quiet" href="/" onClick={followLink('/')}>
          {t('step.restart')}
        </a>
      </nav>
    </>
  );
}
