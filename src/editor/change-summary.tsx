import type { ComponentChildren } from 'preact';
import type { RouteMap } from '../routemap/types';
import { currentLanguage } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { reachChangesBetween } from '../routemap/reach-changes';
import { changesBetween } from './changes';
import { describePath, valueInWords } from './describe';
import { editorText } from './form';
import { reachInWords } from './reach-words';

interface Props {
  published: RouteMap;
  draft: RouteMap;
  /** The version the download gets. */
  nextVersion: number;
}

/** A value in words; a phone number never broken over two lines. */
function Words({ value }: { value: string | undefined }) {
  if (value === undefined) return <>{editorText('changes.empty')}</>;
  return /^[\d -]+$/.test(value) ? <span class="nowrap">{value}</span> : value;
}

/** A field's value as the field screens show it: a date in words, a step by its text, a partner by its name. */
function Value({ routeMap, path, value }: { routeMap: RouteMap; path: string; value: string | undefined }) {
  if (value !== undefined && path.endsWith('.checked')) return <>{formatDate(value, currentLanguage())}</>;
  return <Words value={value === undefined ? undefined : valueInWords(routeMap, path, value)} />;
}

/** "old → new", struck through and inserted. */
function OldToNew({ before, after }: { before: ComponentChildren; after: ComponentChildren }) {
  return (
    <>
      <del>{before}</del> → <ins>{after}</ins>
    </>
  );
}

function print(): void {
  // Only the summary goes on paper (see editor.css).
  document.documentElement.classList.add('print-changes');
  window.addEventListener('afterprint', () => document.documentElement.classList.remove('print-changes'), { once: true });
  window.print();
}

/**
 * What changes for whom a worker reaches first (the list ICT also gets from check-data), then
 * every field ("SHOP — Telefoon 2: old number → new number"). Printable for sign-off.
 */
export function ChangeSummary({ published, draft, nextVersion }: Props) {
  // A new or removed step's type is said by the lines that name it.
  const changes = changesBetween(published, draft).filter((change) => !/\.steps\.[^.]+\.type$/.test(change.path));
  const reach = reachChangesBetween(published, draft).map((change) => reachInWords(published, draft, change));
  if (changes.length === 0 && reach.length === 0) return <p>{editorText('changes.none')}</p>;
  return (
    <>
      <p>{editorText('changes.version', { from: published.version, to: nextVersion })}</p>
      {reach.length > 0 && (
        <>
          <h3>{editorText('changes.reachHeading')}</h3>
          <p class="field__help">{editorText('changes.reachHelp')}</p>
          <ul class="changes changes--reach">
            {reach.map(({ what, values }) => (
              <li>
                <strong>{what}</strong>
                {values && (
                  <>
                    : <OldToNew before={<Words value={values.before} />} after={<Words value={values.after} />} />
                  </>
                )}
              </li>
            ))}
          </ul>
          <h3>{editorText('changes.fieldsHeading')}</h3>
        </>
      )}
      <ul class="changes">
        {changes.map((change) => (
          <li>
            <strong>{describePath(change.after === undefined ? published : draft, change.path)}</strong>:{' '}
            <OldToNew before={<Value routeMap={published} path={change.path} value={change.before} />} after={<Value routeMap={draft} path={change.path} value={change.after} />} />
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
