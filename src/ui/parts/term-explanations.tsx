import type { Term } from '../../routemap/types';
import { termsUsed } from '../../routemap/terms';
import { currentLanguage, local, t } from '../../i18n/i18n';

/**
 * A word a newcomer may not know (signalenoverleg, oriënterend gesprek…), explained once where it
 * appears: closed, after what the user must do, so it never pushes an answer or a contact down.
 */
export function TermExplanations({ terms, texts }: { terms: readonly Term[] | undefined; texts: ReadonlyArray<string | undefined> }) {
  const found = termsUsed(terms, texts, currentLanguage());
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
