interface Props {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
  /** "3 partners gevonden": announced politely as the user types. */
  result: string;
}

/** A labelled search box whose result count screen readers hear as it changes. */
export function SearchField({ id, label, hint, value, onInput, result }: Props) {
  const described = [hint && `${id}-hint`, `${id}-result`].filter(Boolean).join(' ');
  return (
    <>
      <label class="search" for={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="quiet">
          {hint}
        </p>
      )}
      <input id={id} class="search__input" type="search" autocomplete="off" aria-describedby={described} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
      <p id={`${id}-result`} class="quiet" aria-live="polite">
        {result}
      </p>
    </>
  );
}
