import type { RouteMap } from '../routemap/types';
import { currentLanguage, local } from '../i18n/i18n';
import { formatDate, listOf } from '../i18n/format';
import { own } from '../routemap/own';
import { changesBetween, structuralChangesBetween, type StructuralChange } from './changes';
import { describePath, placeInWords, stepLabel, valueInWords } from './describe';
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

/** Whom a new partner is for, when not everyone: "Katwijk en Noordwijk", "Haaglanden". */
function placesOf(draft: RouteMap, partnerId: string): string | undefined {
  const { municipalities, region } = draft.partners[partnerId];
  if (municipalities) return listOf(municipalities, currentLanguage());
  const named = region === undefined ? undefined : own(draft.regions, region);
  return named && local(named.name);
}

/** "Partner ‘X’ toegevoegd, voor Katwijk", "Nieuw in route ‘…’: Vraag 4: …": a structural change in one line, above the fields. */
function structureInWords(published: RouteMap, draft: RouteMap, change: StructuralChange): string {
  if ('partnerId' in change) {
    if (change.kind === 'partnerRemoved') return editorText('changes.partnerRemoved', { name: published.partners[change.partnerId].name });
    const name = draft.partners[change.partnerId].name;
    const places = placesOf(draft, change.partnerId);
    return places ? editorText('changes.partnerAddedFor', { name, places }) : editorText('changes.partnerAdded', { name });
  }
  const map = change.kind === 'stepAdded' || change.kind === 'routeAdded' ? draft : published;
  const route = map.routes[change.routeId];
  if (!('stepId' in change)) return editorText(`changes.${change.kind}`, { route: local(route.title) || change.routeId });
  if ('option' in change) {
    const step = route.steps[change.stepId];
    const text = step.type === 'choice' ? local(step.text) : change.stepId;
    return editorText(`changes.${change.kind}`, { step: text, option: change.option || editorText('link.untitled') });
  }
  const line = editorText(`changes.${change.kind}`, { route: local(route.title), step: stepLabel(map, route, change.stepId) });
  const place = change.kind === 'stepAdded' ? placeInWords(draft, change.routeId, change.stepId) : undefined;
  return place ? `${line} (${place})` : line;
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
  const structure = structuralChangesBetween(published, draft);
  if (changes.length === 0 && structure.length === 0) return <p>{editorText('changes.none')}</p>;
  return (
    <>
      <p>{editorText('changes.version', { from: published.version, to: nextVersion })}</p>
      {structure.length > 0 && (
        <ul class="changes changes--structure">
          {structure.map((change) => (
            <li>
              <strong>{structureInWords(published, draft, change)}</strong>
            </li>
          ))}
        </ul>
      )}
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
