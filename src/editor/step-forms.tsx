/**
 * The structure of a route, in the editor: where each answer leads (picked from the route's
 * steps by their text, never by id), a question or partners put in between, an outcome's
 * partners, a step taken out. Each change goes through editor/structure.ts and is then judged by
 * the app's own validator, like any field.
 */
import type { Choice, Outcome, Step } from '../routemap/types';
import { local } from '../i18n/i18n';
import { AddByName, SelectField, TextFields } from './fields';
import { editorText, problemMessage, type Form } from './form';
import { stepLabel } from './describe';
import { focusFieldSoon } from './focus';
import { fieldId } from './paths';
import { movedUp, withItem, withoutItem } from './lists';
import { addRoute, insertStep, removeRoute, removeStep, withOption, withoutOption } from './structure';

/** Where one answer leads, and a new question or partners to put in between. */
function AnswerLink({ form, routeId, stepId, path, label }: { form: Form; routeId: string; stepId: string; path: string; label: string }) {
  const route = form.draft.routes[routeId];
  const options = Object.keys(route.steps)
    .filter((id) => id !== stepId)
    .map((id): [string, string] => [id, stepLabel(form.draft, route, id)]);
  const insert = (type: 'question' | 'outcome' | 'choice') => {
    const added = insertStep(form.draft, path, type);
    form.replace(added.routeMap);
    const at = `routes.${routeId}.steps.${added.id}`;
    focusFieldSoon(type === 'outcome' ? `${at}.add` : `${at}.text.nl`);
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
        <button type="button" class="button button--quiet" onClick={() => insert('choice')}>
          {editorText('link.insertChoice')}
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
                onClick={() => form.set(path, withoutItem(step.partners, i))}
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
              if (id) form.set(path, withItem(step.partners, id));
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

/** A choice's options, each with its label and where it leads: moved up, taken out (two stay), and one more added. */
function ChoiceOptions({ form, routeId, stepId, step }: { form: Form; routeId: string; stepId: string; step: Choice }) {
  const at = `routes.${routeId}.steps.${stepId}`;
  return (
    <>
      {step.options.map((option, i) => {
        const number = editorText('field.option', { number: i + 1 });
        const name = local(option.label) || number;
        const fewer = withoutOption(step, i);
        return (
          <div class="editor-item editor-option">
            <TextFields form={form} path={`${at}.options[${i}].label`} label={number} />
            <AnswerLink form={form} routeId={routeId} stepId={stepId} path={`${at}.options[${i}].next`} label={editorText('link.option', { option: name })} />
            {i > 0 && (
              <button
                type="button"
                class="button button--quiet"
                aria-label={editorText('outcome.upLabel', { name })}
                onClick={() => form.set(`${at}.options`, movedUp(step.options, i))}
              >
                {editorText('outcome.up')}
              </button>
            )}
            {fewer && (
              <button
                type="button"
                class="button button--quiet"
                aria-label={editorText('option.removeLabel', { number: i + 1, option: name })}
                onClick={() => {
                  form.set(at, fewer);
                  // The button is gone with its option: on to the label of the option now in its place.
                  focusFieldSoon(`${at}.options[${Math.min(i, fewer.options.length - 1)}].label.nl`);
                }}
              >
                {editorText('option.remove')}
              </button>
            )}
          </div>
        );
      })}
      <p>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            form.set(at, withOption(step));
            focusFieldSoon(`${at}.options[${step.options.length}].label.nl`);
          }}
        >
          {editorText('option.add')}
        </button>
      </p>
    </>
  );
}

/** What the validator says about the step as a whole: it cannot be reached, the route loops here, it has no partner. */
function StepProblems({ form, at }: { form: Form; at: string }) {
  const problems = form.problems.filter((problem) => problem.path === at || problem.path === `${at}.partners`);
  if (problems.length === 0) return null;
  return <p class="field__problem">{problems.map(problemMessage).join(' ')}</p>;
}

function RemoveStep({ form, routeId, stepId, step }: { form: Form; routeId: string; stepId: string; step: Step }) {
  if (step.type === 'end') return null;
  const remove = () => {
    const removal = removeStep(form.draft, routeId, stepId);
    if (!removal.ok || !window.confirm(editorText('removeStep.confirm'))) return;
    form.replace(removal.routeMap);
    // Gone with its step: on to the step that took its place.
    focusFieldSoon(`routes.${routeId}.steps.${removal.onward}`);
  };
  return (
    <button type="button" class="button button--quiet" onClick={remove}>
      {editorText(`removeStep.${step.type}`)}
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
      {step.type === 'choice' && <ChoiceOptions form={form} routeId={routeId} stepId={stepId} step={step} />}
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

const NEW_ROUTE = 'new-route-title';

/** Where the route begins, picked from its steps by their text; and taking the route off the map (never the last). */
export function RouteStructure({ form, routeId }: { form: Form; routeId: string }) {
  const route = form.draft.routes[routeId];
  const title = local(route.title) || routeId;
  const options = Object.keys(route.steps).map((id): [string, string] => [id, stepLabel(form.draft, route, id)]);
  const fewer = removeRoute(form.draft, routeId);
  const remove = () => {
    if (!fewer || !window.confirm(editorText('removeRoute.confirm', { route: title }))) return;
    form.replace(fewer);
    // Gone with its route: on to where a route is added.
    requestAnimationFrame(() => document.getElementById(NEW_ROUTE)?.focus());
  };
  return (
    <>
      <SelectField form={form} path={`routes.${routeId}.start`} label={editorText('link.start')} options={options} />
      {fewer && (
        <p>
          <button type="button" class="button button--quiet" aria-label={editorText('removeRoute.label', { route: title })} onClick={remove}>
            {editorText('removeRoute.button')}
          </button>
        </p>
      )}
    </>
  );
}

/** "Voeg de route toe": the route gets one question and its end; the cursor goes to when to choose it. */
export function AddRoute({ form }: { form: Form }) {
  return (
    <AddByName
      id={NEW_ROUTE}
      label={editorText('addRoute.label')}
      help={editorText('addRoute.help')}
      button={editorText('addRoute.button')}
      onAdd={(title) => {
        const added = addRoute(form.draft, title);
        form.replace(added.routeMap);
        focusFieldSoon(`routes.${added.id}.when.nl`);
      }}
    />
  );
}
