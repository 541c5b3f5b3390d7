import type { RouteMap } from '../routemap/types';
import { currentLanguage } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { changesBetween } from './changes';
import { describePath, valueInWords } from './describe';
import { editorText } from './form';

interface Props {
  published: RouteMap;
  draft: RouteMap;
  /** The version the download gets. */
  nextVersion: number;
}

/** A value as the field screens show it: a date in words, a phone number never broken over two lines. */
function Value({ routeMap, path, value }: { routeMap: RouteMap; path: string; value: string | undefined }) {
  if (value === undefined) return <>{editorText('changes.empty')}</>;
  if (path.endsWith('.checked')) return <>{formatDate(value, currentLanguage())}</>;
  return /^[\d -]+$/.test(value) ? <span class="nowrap">{value}</span> : <>{valueInWords(routeMap, path, value)}</>;
}

function print(): void {
  // Only the summary goes on paper (see editor.css).
  document.documentElement.classList.add('print-changes');
  window.addEventListener('afterprint', () => document.documentElement.classList.remove('print-changes'), { once: true });
  window.print();
}

/** In plain words, field by field ("SHOP — Telefoon 2: old number → new number"). Printable for sign-off. */
export function ChangeSummary({ published, draft, nextVersion }: Props) {
  // A new or removed step's type is said by the lines that name it.
  const changes = changesBetween(published, draft).filter((change) => !/\.steps\.[^.]+\.type$/.test(change.path));
  if (changes.length === 0) return <p>{editorText('changes.none')}</p>;
  return (
    <>
      <p>{editorText('changes.version', { from: published.version, to: nextVersion })}</p>
      <ul class="changes">
        {changes.map((change) => (
          <li>
            <strong>{describePath(change.after === undefined ? published : draft, change.path)}</strong>:{' '}
            <del>
              <Value routeMap={published} path={change.path} value={change.before} />
            </del>{' '}
            → <ins>
              <Value routeMap={draft} path={change.path} value={change.after} />
            </ins>
          </li>
        ))}
      </ul>
      <p class="changes__sign-off">{editorText('changes.signOff')}</p>
      <p class="no-print">
        <button type="button" class="button button--quiet" onClick={print}>
          {editorText('changes.print')}
        </button>
      </p>
    </>
  );
}
