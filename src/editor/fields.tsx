import { useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../routemap/types';
import { getAt, fieldId } from './paths';
import { editorText, problemMessage, problemsOf, stringAt, textWith, type Form } from './form';

interface FieldProps {
  form: Form;
  path: string;
  label: string;
  help?: string;
  optional?: boolean;
  multiline?: boolean;
  /** The keyboard a phone shows; the input stays plain text, so the browser never alters it. */
  inputMode?: 'text' | 'tel' | 'email' | 'url';
  /** Overrides plain setting, e.g. to drop an optional text left empty in both languages. */
  onValue?: (value: string) => void;
  /** The text shown, when the field's value is not a plain text (a list, one item per line). */
  value?: string;
  rows?: number;
}

/**
 * One labelled input. Its problems (from the app's own validator) are shown under it, linked
 * with aria-describedby, and mark it aria-invalid.
 */
export function Field({ form, path, label, help, optional, multiline, inputMode = 'text', onValue, value, rows = 3 }: FieldProps) {
  const id = fieldId(path);
  const problems = problemsOf(form, path);
  const describedBy = [help && `${id}-help`, problems.length > 0 && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  const props = {
    id,
    class: 'field__input',
    value: value ?? stringAt(form, path),
    'aria-invalid': problems.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    onInput: (event: Event) => {
      const value = (event.currentTarget as HTMLInputElement).value;
      if (onValue) onValue(value);
      else form.set(path, value);
    },
  };
  return (
    <div class="field">
      <label for={id} class="field__label">
        {label}
        {optional && <span class="quiet"> {editorText('field.optional')}</span>}
      </label>
      {help && (
        <p id={`${id}-help`} class="field__help">
          {help}
        </p>
      )}
      {multiline ? <textarea rows={rows} {...props} /> : <input type="text" inputMode={inputMode} spellcheck={inputMode === 'text'} autocomplete="off" {...props} />}
      {problems.length > 0 && (
        <p id={`${id}-problem`} class="field__problem">
          {problems.map(problemMessage).join(' ')}
        </p>
      )}
    </div>
  );
}

interface TextProps {
  form: Form;
  path: string;
  label: string;
  help?: string;
  /** May be left empty in both languages (then it is left out of the file). */
  optional?: boolean;
  multiline?: boolean;
}

/** A text in Dutch and English, side by side on a wide screen. */
export function TextFields({ form, path, label, help, optional, multiline }: TextProps) {
  const setLanguage = (language: Language, value: string) => form.set(path, textWith(getAt(form.draft, path), language, value, optional === true));
  return (
    <fieldset class="text-fields">
      <legend class="field__label">
        {label}
        {optional && <span class="quiet"> {editorText('field.optional')}</span>}
      </legend>
      {help && <p class="field__help">{help}</p>}
      <div class="text-fields__languages">
        {LANGUAGES.map((language) => (
          <Field form={form} path={`${path}.${language}`} label={editorText(`language.${language}`)} multiline={multiline} onValue={(value) => setLanguage(language, value)} />
        ))}
      </div>
    </fieldset>
  );
}

interface SelectProps {
  form: Form;
  path: string;
  label: string;
  /** Value and text of each choice; the value '' stands for leaving the field out. */
  options: Array<[string, string]>;
}

/** A choice from a fixed list, e.g. a partner's group or region. */
export function SelectField({ form, path, label, options }: SelectProps) {
  const id = fieldId(path);
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <select id={id} class="field__input" value={stringAt(form, path)} onChange={(event) => form.set(path, event.currentTarget.value || undefined)}>
        {options.map(([value, text]) => (
          <option value={value}>{text}</option>
        ))}
      </select>
    </div>
  );
}

interface AddProps {
  id: string;
  label: string;
  help: string;
  button: string;
  /** Called with the name typed, once it is more than spaces. */
  onAdd: (name: string) => void;
}

/** "Voeg de partner toe", "Voeg de route toe": a name is enough to start; the form then asks for the rest. */
export function AddByName({ id, label, help, button, onAdd }: AddProps) {
  const [name, setName] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return;
    onAdd(name);
    setName('');
  };
  return (
    <form class="editor-add" onSubmit={add}>
      <label class="field__label" for={id}>
        {label}
      </label>
      <p class="field__help" id={`${id}-help`}>
        {help}
      </p>
      <input id={id} class="field__input" value={name} aria-describedby={`${id}-help`} onInput={(event) => setName(event.currentTarget.value)} />
      <button type="submit" class="button button--quiet">
        {button}
      </button>
    </form>
  );
}
