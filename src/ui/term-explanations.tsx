import type { Term } from '../routemap/types';
import { local, t } from '../i18n/i18n';

/** The terms of the map (its `terms`) that occur in these texts, in the interface language. */
export function termsIn(terms: readonly Term[] | undefined, texts: ReadonlyArray<string | undefined>): Term[] {
  const shown = texts.filter((text): text is string => text !== undefined).join('\n').toLocaleLowerCase();
  return (terms ?? []).filter((term) => shown.includes(local(term.term).toLocaleLowerCase()));
}

/**
 * A word a newcomer may not know (signalenoverleg, oriënterend gesprek…), explained once where it
 * appears: closed, after what the user must do, so it never pushes an answer or a contact down.
 */
export function TermExplanations({ terms, texts }: { terms: readonly Term[] | undefined; texts: ReadonlyArray<string | undefined> }) {
  const found = termsIn(terms, texts);
  if (found.length === 0) return null;
  return (
    <div class="terms">
      {found.map((term) => (
        <details class="term">
          <summary>{t('term.what', { term: local(term.term) })}</summary>
          <p>{local(term.explanation)}</p>
        </details>
      ))}
    </div>
  );
}
