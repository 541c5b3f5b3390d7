import { useState } from 'preact/hooks';
import { MAP_TEXT_KEYS } from '../routemap/schema';
import { questionNumber } from '../routemap/walk';
import { local } from '../i18n/i18n';
import { Field, TextFields } from './fields';
import { b, type Form } from './form';
import { getAt } from './paths';

/** The texts that belong to this map: the home screen's title and lines. */
export function MapTextsForm({ form }: { form: Form }) {
  return (
    <>
      <p class="field__help">{b('textsHelp')}</p>
      {MAP_TEXT_KEYS.map((key) => (
        <TextFields form={form} path={`texts.${key}`} label={b(`text.${key}`)} optional multiline={key !== 'title'} />
      ))}
    </>
  );
}

/** The words the map explains where they appear: each word and its explanation, in both languages. */
export function TermsForm({ form }: { form: Form }) {
  return (
    <>
      <p class="field__help">{b('termsHelp')}</p>
      {(form.draft.terms ?? []).map((_, index) => (
        <div class="editor-item">
          <TextFields form={form} path={`terms[${index}].term`} label={`${b('field.term')} ${index + 1}`} />
          <TextFields form={form} path={`terms[${index}].explanation`} label={b('field.explanation')} multiline />
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
          <details class="editor-partner">
            <summary>
              <span class="editor-partner__name">{local(route.title) || routeId}</span>
            </summary>
            <TextFields form={form} path={`${path}.title`} label={b('field.title')} />
            <TextFields form={form} path={`${path}.when`} label={b('field.when')} multiline />
            {Object.entries(route.steps).map(([stepId, step]) => {
              const at = `${path}.steps.${stepId}`;
              if (step.type === 'question') {
                const name = b('field.question', { number: questionNumber(route, stepId) });
                return (
                  <div class="editor-item">
                    <TextFields form={form} path={`${at}.text`} label={name} multiline />
                    <TextFields form={form} path={`${at}.tip`} label={`${name} — ${b('field.tip')}`} optional multiline />
                  </div>
                );
              }
              if (step.type === 'choice') {
                return (
                  <div class="editor-item">
                    <TextFields form={form} path={`${at}.text`} label={b('field.choice')} multiline />
                    {step.options.map((_, i) => (
                      <TextFields form={form} path={`${at}.options[${i}].label`} label={b('field.option', { number: i + 1 })} />
                    ))}
                  </div>
                );
              }
              if (step.type === 'end') {
                return (
                  <div class="editor-item">
                    <TextFields form={form} path={`${at}.tip`} label={`${b('field.end')} — ${b('field.tip')}`} optional multiline />
                  </div>
                );
              }
              return null;
            })}
          </details>
        );
      })}
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
      label={b('field.municipalities')}
      help={b('field.municipalitiesHelp')}
      multiline
      rows={8}
      value={text}
      onValue={(value) => {
        setText(value);
        form.set(path, value.split('\n').map((line) => line.trim()).filter(Boolean));
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
          <TextFields form={form} path={`regions.${regionId}.name`} label={b('field.regionName')} />
          <MunicipalitiesField form={form} path={`regions.${regionId}.municipalities`} />
        </details>
      ))}
    </>
  );
}
