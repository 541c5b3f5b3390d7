import type { Choice, Question, RouteMap } from '../../../routemap/types';
import type { Answer } from '../../../routemap/walk';
import { local, t } from '../../../i18n/i18n';
import { ScreenHeading } from '../../parts/screen-heading';
import { TermExplanations } from '../../parts/term-explanations';

interface Props {
  routeMap: RouteMap;
  step: Question | Choice;
  onAnswer: (answer: Answer) => void;
}

/** A question of the map, answered Ja or Nee; or a choice between its options. */
export function QuestionBody({ routeMap, step, onAnswer }: Props) {
  if (step.type === 'question') {
    return (
      <>
        <ScreenHeading>{local(step.text)}</ScreenHeading>
        <div class="answers">
          <button type="button" class="button button--answer" onClick={() => onAnswer('yes')}>
            {t('step.yes')}
          </button>
          <button type="button" class="button button--answer" onClick={() => onAnswer('no')}>
            {t('step.no')}
          </button>
        </div>
        {step.tip && <p class="tip">{local(step.tip)}</p>}
        <TermExplanations terms={routeMap.terms} texts={[local(step.text), step.tip && local(step.tip)]} />
      </>
    );
  }
  return (
    <>
      <ScreenHeading>{local(step.text)}</ScreenHeading>
      <div class="answers answers--stacked">
        {step.options.map((option, index) => (
          <button type="button" class="button button--answer" onClick={() => onAnswer(index)}>
            {local(option.label)}
          </button>
        ))}
      </div>
      <TermExplanations terms={routeMap.terms} texts={[local(step.text), ...step.options.map((option) => local(option.label))]} />
    </>
  );
}
