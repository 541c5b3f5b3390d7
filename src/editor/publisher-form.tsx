/**
 * "Uitgever en toegankelijkheid": the facts only the owners have, shown on the app's "Over deze
 * app" (who publishes the map, where to report a problem, the formal accessibility statement and
 * its status). Checked as typed by the app's own rules, like every other field.
 */
import { ACCESSIBILITY_STATUSES, PUBLISHER_KEYS } from '../routemap/schema';
import { t } from '../i18n/i18n';
import { Field } from './fields';
import { editorText, problemMessage, problemsOf, type Form } from './form';
import { fieldId } from './paths';
import { withPublisherField, type PublisherKey } from './publisher';

const INPUT_MODES = { name: 'text', feedback: 'email', statement: 'url' } as const;

/** A choice from the national model's statuses; a file's other value (typed by hand) is named as a problem under it. */
function StatusField({ form }: { form: Form }) {
  const id = fieldId('publisher.status');
  const problems = problemsOf(form, 'publisher.status');
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {editorText('publisher.status')}
        <span class="quiet"> {editorText('field.optional')}</span>
      </label>
      <p id={`${id}-help`} class="field__help">
        {editorText('publisher.statusHelp')}
      </p>
      <select
        id={id}
        class="field__input"
        aria-describedby={problems.length > 0 ? `${id}-help ${id}-problem` : `${id}-help`}
        aria-invalid={problems.length > 0 ? 'true' : undefined}
        value={form.draft.publisher?.status ?? ''}
        onChange={(event) => form.replace(withPublisherField(form.draft, 'status', event.currentTarget.value))}
      >
        <option value="">{editorText('publisher.noStatus')}</option>
        {ACCESSIBILITY_STATUSES.map((status) => (
          <option value={status}>{t('accessibilityStatus.named', { status, words: t(`accessibilityStatus.${status}`) })}</option>
        ))}
      </select>
      {problems.length > 0 && (
        <p id={`${id}-problem`} class="field__problem">
          {problems.map(problemMessage).join(' ')}
        </p>
      )}
    </div>
  );
}

export function PublisherForm({ form }: { form: Form }) {
  const set = (key: PublisherKey) => (value: string) => form.replace(withPublisherField(form.draft, key, value));
  return (
    <>
      <p class="field__help">{editorText('publisher.intro')}</p>
      {PUBLISHER_KEYS.map((key) =>
        key === 'status' ? (
          <StatusField form={form} />
        ) : (
          <Field
            form={form}
            path={`publisher.${key}`}
            label={editorText(`publisher.${key}`)}
            help={editorText(`publisher.${key}Help`)}
            optional
            inputMode={INPUT_MODES[key]}
            onValue={set(key)}
          />
        ),
      )}
    </>
  );
}
