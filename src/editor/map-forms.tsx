import { useState } from 'preact/hooks';
import { MAP_TEXT_KEYS } from '../routemap/schema';
import { local } from '../i18n/i18n';
import { Field, TextFields } from './fields';
import { stepName } from './describe';
import { editorText, type Form } from './form';
import { fromLines } from './lists';
import { fieldId, getAt } from './paths';
import { AddRoute, RouteStructure, StepStructure } from './step-forms';

/** The texts that belong to this map: the home screen's title and lines. */
export function MapTextsForm({ form }: { form: Form }) {
  return (
    <>
      <p class="field__help">{editorText('textsHelp')}</p>
      {MAP_TEXT_KEYS.map((key) => (
        <TextFields form={form} path={`texts.${key}`} label={editorText(`text.${key}`)} optional multiline={key !== 'title'} />
      ))}
    </>
  );
}

/** The words the map explains where they appear: each word and its explanation, in both languages. */
export function TermsForm({ form }: { form: Form }) {
  return (
    <>
      <p class="field__help">{editorText('termsHelp')}</p>
      {(form.draft.terms ?? []).map((_, index) => (
        <div class="editor-item">
          <TextFields form={form} path={`terms[${index}].term`} label={`${editorText('field.term')} ${index + 1}`} />
          <TextFields form={form} path={`terms[${index}].explanation`} label={editorText('field.explanation')} multiline />
        </div>
      ))}
    </>
  );
}

/** Each route's title and "when", and the text of each question, choice and tip, in the order of the route. */
export function RoutesForm({ form }: { form: Form }) {
  return (
    <>
      {Object.entries(form.draft.routes).map(([routeId, route]) => {
        const path = `routes.${routeId}`;
        return (
          <details class="editor-partner" data-route={routeId}>
            <summary>
              <span class="editor-partner__name">{local(route.title) || routeId}</span>
            </summary>
            <TextFields form={form} path={`${path}.title`} label={editorText('field.title')} />
            <TextFields form={form} path={`${path}.when`} label={editorText('field.when')} multiline />
            <RouteStructure form={form} routeId={routeId} />
            {Object.entries(route.steps).map(([stepId, step]) => {
              const at = `${path}.steps.${stepId}`;
              const name = stepName(route, stepId);
              // The summary's links to a step's own problems (it cannot be reached, it loops) land here.
              const item = { class: 'editor-item', 'data-step': stepId, id: fieldId(at), tabIndex: -1 };
              if (step.type === 'question') {
                return (
                  <div {...item}>
                    <TextFields form={form} path={`${at}.text`} label={name} multiline />
                    <TextFields form={form} path={`${at}.tip`} label={`${name} — ${editorText('field.tip')}`} optional multiline />
                    <StepStructure form={form} routeId={routeId} stepId={stepId} />
                  </div>
                );
              }
              if (step.type === 'choice') {
                return (
                  <div {...item}>
                    <TextFields form={form} path={`${at}.text`} label={name} multiline />
                    <StepStructure form={form} routeId={routeId} stepId={stepId} />
                  </div>
                );
              }
              if (step.type === 'outcome') {
                return (
                  <div {...item}>
                    <p class="field__label">{name}</p>
                    <StepStructure form={form} routeId={routeId} stepId={stepId} />
                  </div>
                );
              }
              return (
                <div {...item}>
                  <TextFields form={form} path={`${at}.tip`} label={`${name} — ${editorText('field.tip')}`} optional multiline />
                </div>
              );
            })}
          </details>
        );
      })}
      <AddRoute form={form} />
    </>
  );
}

/** One municipality per line. The text is kept as typed; the list is taken from it on each change. */
function MunicipalitiesField({ form, path }: { form: Form; path: string }) {
  const [text, setText] = useState(() => (getAt(form.draft, path) as string[]).join('\n'));
  return (
    <Field
      form={form}
      path={path}
      label={editorText('field.municipalities')}
      help={editorText('field.municipalitiesHelp')}
      multiline
      rows={8}
      value={text}
      onValue={(value) => {
        setText(value);
        form.set(path, fromLines(value));
      }}
    />
  );
}

export function RegionsForm({ form }: { form: Form }) {
  return (
    <>
      {Object.entries(form.draft.regions).map(([regionId, region]) => (
        <details class="editor-partner">
          <summary>
            <span class="editor-partner__name">{local(region.name) || regionId}</span>
          </summary>
          <TextFields form={form} path={`regions.${regionId}.name`} label={editorText('field.regionName')} />
          <MunicipalitiesField form={form} path={`regions.${regionId}.municipalities`} />
        </details>
      ))}
    </>
  );
}
