import '../screens.css';
import { nextStepId, questionNumber, questionsInOrder, type Answer } from '../../../routemap/walk';
import { local, t } from '../../../i18n/i18n';
import { followLink, goBack, navigate, stepPath } from '../../../app/navigation';
import { ScreenHeading } from '../../parts/screen-heading';
import { OutcomeScreen } from './outcome';
import { EndScreen } from './end';
import { TermExplanations } from '../../parts/term-explanations';
import type { StepProps } from './step-props';

/** One step of a route: a question, a choice, an outcome or the summary. */
export function StepScreen(props: StepProps) {
  const { route, routeId, stepId, trail } = props;
  const step = route.steps[stepId];
  const answer = (value: Answer) => {
    const next = nextStepId(step, value);
    if (next !== undefined) navigate(stepPath(routeId, next), [...trail, next]);
  };

  let body;
  if (step.type === 'question') {
    body = (
      <>
        <ScreenHeading>{local(step.text)}</ScreenHeading>
        <div class="answers">
          <button type="button" class="button button--answer" onClick={() => answer('yes')}>
            {t('step.yes')}
          </button>
          <button type="button" class="button button--answer" onClick={() => answer('no')}>
            {t('step.no')}
          </button>
        </div>
        {step.tip && <p class="tip">{local(step.tip)}</p>}
        <TermExplanations terms={props.routeMap.terms} texts={[local(step.text), step.tip && local(step.tip)]} />
      </>
    );
  } else if (step.type === 'choice') {
    body = (
      <>
        <ScreenHeading>{local(step.text)}</ScreenHeading>
        <div class="answers answers--stacked">
          {step.options.map((option, index) => (
            <button type="button" class="button button--answer" onClick={() => answer(index)}>
              {local(option.label)}
            </button>
          ))}
        </div>
        <TermExplanations terms={props.routeMap.terms} texts={[local(step.text), ...step.options.map((option) => local(option.label))]} />
      </>
    );
  } else if (step.type === 'outcome') {
    body = <OutcomeScreen {...props} step={step} onNext={() => answer('yes')} />;
  } else {
    body = <EndScreen {...props} step={step} />;
  }

  const number = questionNumber(route, stepId);
  return (
    <>
      <p class="progress">
        <span>{local(route.title)}</span>
        {number !== undefined && (
          <span class="nowrap"> · {t('step.questionOf', { number, total: questionsInOrder(route).length })}</span>
        )}
      </p>
      {body}
      <nav class="step-nav" aria-label={t('app.short')}>
        <button type="button" class="button button--quiet" onClick={goBack}>
          {t('step.back')}
        </button>
        <a
          class="button button--quiet"
          href="/"
          onClick={followLink('/')}
        >
          {t('step.restart')}
        </a>
      </nav>
    </>
  );
}
