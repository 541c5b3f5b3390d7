/**
 * The structure of a route, in the editor: where each answer leads (picked from the route's
 * steps by their text, never by id), a question or partners put in between, an outcome's
 * partners, a step taken out. Each change goes through editor/structure.ts and is then judged by
 * the app's own validator, like any field.
 */
import type { Outcome, Step } from '../routemap/types';
import { local } from '../i18n/i18n';
import { SelectField } from './fields';
import { editorText, problemMessage, type Form } from './form';
import { stepLabel } from './describe';
import { focusFieldSoon } from './focus';
import { fieldId } from './paths';
import { insertStep, movedUp, removeStep } from './structure';

/** Where one answer leads, and a new question or partners to put in between. */
function AnswerLink({ form, routeId, stepId, path, label }: { form: Form; routeId: string; stepId: string; path: string; label: string }) {
  const route = form.draft.routes[routeId];
  const options = Object.keys(route.steps)
    .filter((id) => id !== stepId)
    .map((id): [string, string] => [id, stepLabel(form.draft, route, id)]);
  const insert = (type: 'question' | 'outcome') => {
    const added = insertStep(form.draft, path, type);
    form.replace(added.routeMap);
    const at = `routes.${routeId}.steps.${added.id}`;
    focusFieldSoon(type === 'question' ? `${at}.text.nl` : `${at}.add`);
  };
  return (
    <div class="editor-link">
      <SelectField form={form} path={path} label={label} options={options} />
      <p class="editor-link__insert">
        <button type="button" class="button button--quiet" onClick={() => insert('question')}>
          {editorText('link.insertQuestion')}
        </button>
        <button type="button" class="button button--quiet" onClick={() => insert('outcome')}>
          {editorText('link.insertOutcome')}
        </button>
      </p>
    </div>
  );
}

/** An outcome's partners, in the order the screen shows them: moved up, taken out, added from the list. */
function OutcomePartners({ form, routeId, stepId, step }: { form: Form; routeId: string; stepId: string; step: Outcome }) {
  const path = `routes.${routeId}.steps.${stepId}.partners`;
  const others = Object.entries(form.draft.partners).filter(([id]) => !step.partners.includes(id));
  return (
    <div class="editor-list">
      <ul class="editor-outcome-partners">
        {step.partners.map((id, i) => {
          const name = form.draft.partners[id]?.name ?? id;
          return (
            <li>
              <span>{name}</span>
              {i > 0 && (
                <button type="button" class="button button--quiet" aria-label={editorText('outcome.upLabel', { name })} onClick={() => form.set(path, movedUp(step.partners, i))}>
                  {editorText('outcome.up')}
                </button>
              )}
              <button
                type="button"
                class="button button--quiet"
                aria-label={editorText('outcome.outLabel', { name })}
                onClick={() => form.set(path, step.partners.filter((_, j) => j !== i))}
              >
                {editorText('outcome.out')}
              </button>
            </li>
          );
        })}
      </ul>
      {others.length > 0 && (
        <div class="field">
          <label class="field__label" for={fieldId(`routes.${routeId}.steps.${stepId}.add`)}>
            {editorText('outcome.add')}
          </label>
          <select
            id={fieldId(`routes.${routeId}.steps.${stepId}.add`)}
            class="field__input"
            value=""
            onChange={(event) => {
              const id = event.currentTarget.value;
              if (id) form.set(path, [...step.partners, id]);
            }}
          >
            <option value="">{editorText('outcome.pick')}</option>
            {others.map(([id, partner]) => (
              <option value={id}>{partner.name || id}</option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

/** What the validator says about the step as a whole: it cannot be reached, the route loops here, it has no partner. */
function StepProblems({ form, at }: { form: Form; at: string }) {
  const problems = form.problems.filter((problem) => problem.path === at || problem.path === `${at}.partners`);
  if (problems.length === 0) return null;
  return <p class="field__problem">{problems.map(problemMessage).join(' ')}</p>;
}

function RemoveStep({ form, routeId, stepId, step }: { form: Form; routeId: string; stepId: string; step: Step }) {
  if (step.type !== 'question' && step.type !== 'outcome') return null;
  const remove = () => {
    const removal = removeStep(form.draft, routeId, stepId);
    if (removal.ok && window.confirm(editorText('removeStep.confirm'))) form.replace(removal.routeMap);
  };
  return (
    <button type="button" class="button button--quiet" onClick={remove}>
      {editorText(step.type === 'question' ? 'removeStep.question' : 'removeStep.outcome')}
    </button>
  );
}

/** The structure fields of one step, after its texts. */
export function StepStructure({ form, routeId, stepId }: { form: Form; routeId: string; stepId: string }) {
  const step = form.draft.routes[routeId].steps[stepId];
  const at = `routes.${routeId}.steps.${stepId}`;
  return (
    <>
      <StepProblems form={form} at={at} />
      {step.type === 'question' && (
        <>
          <AnswerLink form={form} routeId={routeId} stepId={stepId} path={`${at}.yes`} label={editorText('link.yes')} />
          <AnswerLink form={form} routeId={routeId} stepId={stepId} path={`${at}.no`} label={editorText('link.no')} />
        </>
      )}
      {step.type === 'choice' &&
        step.options.map((option, i) => (
          <>
            <AnswerLink form={form} routeId={routeId} stepId={stepId} path={`${at}.options[${i}].next`} label={editorText('link.option', { option: local(option.label) })} />
            {i > 0 && (
              <button
                type="button"
                class="button button--quiet"
                aria-label={editorText('outcome.upLabel', { name: local(option.label) })}
                onClick={() => form.set(`${at}.options`, movedUp(step.options, i))}
              >
                {editorText('outcome.up')}
              </button>
            )}
          </>
        ))}
      {step.type === 'outcome' && (
        <>
          <OutcomePartners form={form} routeId={routeId} stepId={stepId} step={step} />
          <AnswerLink form={form} routeId={routeId} stepId={stepId} path={`${at}.next`} label={editorText('link.next')} />
        </>
      )}
      <RemoveStep form={form} routeId={routeId} stepId={stepId} step={step} />
    </>
  );
}
