import '../ui/screens/screens.css';
import './editor.css';
import i18next from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import nl from '../../locales/beheer.nl.json';
import en from '../../locales/beheer.en.json';
import type { Language, RouteMap } from '../routemap/types';
import { DATA_FILE_NAME, readDataFile, sizeProblem } from '../routemap/data-file';
import { describeProblems } from '../routemap/validate';
import { currentLanguage } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { versionDate, localDate } from '../routemap/version';
import { downloadText } from '../platform/download';
import { ScreenHeading } from '../ui/parts/screen-heading';
import { changesBetween } from './changes';
import { ChangeSummary } from './change-summary';
import { describePath } from './describe';
import { discardDraft, loadDraft, saveDraft, type Draft } from './draft-store';
import { draftStart, type DraftStart } from './draft-start';
import { useLiveRouteMap } from './live-route-map';
import { checkEditable } from './editable';
import { editorText, problemMessage, type Form } from './form';
import { MapTextsForm, RegionsForm, RoutesForm, TermsForm } from './map-forms';
import { focusField } from './focus';
import { AddPartner, PartnerForm } from './partner-form';
import { fieldId, setAt } from './paths';
import { Preview } from './preview';
import { RouteDiagram } from './route-diagram';
import { prepareFile } from './publish';
import { PublisherForm } from './publisher-form';
import { stampChecked } from './verified';
import { warningsOf } from './warnings';

i18next.addResourceBundle('nl', 'beheer', nl, true, true);
i18next.addResourceBundle('en', 'beheer', en, true, true);

interface Notice {
  text: string;
  problems?: string;
}

/** One line of the problem or warning list: where, as a link that takes the owner there, and what. */
function PlaceLine({ routeMap, path, focus, message }: { routeMap: RouteMap; path: string; focus: string; message: string }) {
  return (
    <li>
      <a
        href={`#${fieldId(focus)}`}
        onClick={(event) => {
          event.preventDefault();
          focusField(focus);
        }}
      >
        {describePath(routeMap, path)}
      </a>
      : {message}
    </li>
  );
}

/** Where the draft starts, in words; `older` says why it cannot be downloaded. */
function startInWords(start: DraftStart, language: Language): string {
  // Every version here passed the validator, so it names a real date.
  const date = (version: number) => formatDate(versionDate(version)!, language);
  const { version } = start;
  if (start.kind === 'older') return editorText('start.older', { version, date: date(version), published: start.published, publishedDate: date(start.published) });
  if (start.kind === 'online') return editorText('start.online', { version, date: date(version), live: start.live, liveDate: date(start.live) });
  return editorText(`start.${start.kind}`, { version, date: date(version) });
}

/**
 * /beheer: the map's owners keep it current without a developer. Edit in forms, checked as you
 * type by the app's own rules; see the real screens and the changes; download one file to publish.
 */
export function EditorScreen({ routeMap: published }: { routeMap: RouteMap }) {
  const [draft, setDraft] = useState<Draft | undefined>();
  const [editing, setEditing] = useState<{ routeId?: string; stepId?: string }>({});
  const [ready, setReady] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice>();
  const saving = useRef(Promise.resolve(true));
  const summary = useRef<HTMLDivElement>(null);
  const refusal = useRef<HTMLParagraphElement>(null);
  const lastGood = useRef(published);
  const live = useLiveRouteMap();

  useEffect(() => {
    void loadDraft().then((stored) => {
      // A draft that holds nothing beyond what is published has done its job.
      if (stored && changesBetween(published, stored.routeMap).length === 0 && stored.basedOn <= published.version) {
        void discardDraft();
      } else setDraft(stored);
      setReady(true);
    });
  }, []);

  // The newest published version known here (this device's copy, or the live file once fetched):
  // what a new draft starts from, and what the change summary compares with.
  const newest = live.state === 'known' && live.routeMap.version > published.version ? live.routeMap : published;
  const start = draftStart(draft, newest.version, live.state === 'known' ? { state: 'known', version: live.routeMap.version } : live);
  const working = draft?.routeMap ?? newest;
  const floor = Math.max(newest.version, draft?.downloaded ?? 0);
  const file = useMemo(() => prepareFile(working, floor, new Date()), [working, floor]);
  const warnings = useMemo(() => warningsOf(working), [working]);
  if (file.problems.length === 0) lastGood.current = file.routeMap;

  /** Keeps a new state of the draft, in memory at once and in IndexedDB in order. */
  const keep = (routeMap: RouteMap, changed: Partial<Pick<Draft, 'basedOn' | 'downloaded'>> = {}) => {
    const next: Draft = {
      routeMap,
      basedOn: draft?.basedOn ?? newest.version,
      downloaded: draft?.downloaded,
      ...changed,
      savedAt: new Date().toISOString(),
    };
    setDraft(next);
    saving.current = saving.current.then(() => saveDraft(next));
  };

  const form: Form = {
    draft: working,
    problems: file.problems,
    set(path, value) {
      keep(stampChecked(working, setAt(working, path, value), localDate(new Date())));
    },
    replace(routeMap) {
      keep(routeMap);
    },
  };

  const download = () => {
    if (start.kind === 'older') {
      refusal.current?.focus();
      return;
    }
    if (file.problems.length > 0) {
      summary.current?.focus();
      return;
    }
    downloadText(DATA_FILE_NAME, file.text, 'application/json');
    keep(working, { downloaded: file.routeMap.version });
    setNotice({ text: editorText('downloadDone', { version: file.routeMap.version }) });
  };

  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    // Before a byte is read: the file's size is known from the device.
    const tooLarge = sizeProblem(chosen.size);
    const file = tooLarge ? { ok: false as const, ...tooLarge } : readDataFile(await chosen.text());
    if (!file.ok) {
      setNotice(
        file.reason === 'not-json'
          ? { text: editorText('importNotJson') }
          : { text: editorText('importRefused'), problems: `  (file): ${file.detail}` },
      );
      return;
    }
    const editable = checkEditable(file.value);
    if (!editable.ok) {
      setNotice({ text: editorText('importRefused'), problems: describeProblems(editable.problems) });
      return;
    }
    // A file from elsewhere: it starts from what is published now, with nothing downloaded yet.
    keep(editable.routeMap, { basedOn: newest.version, downloaded: undefined });
    setGeneration((n) => n + 1);
    setNotice({ text: editorText('importDone', { name: chosen.name }) });
  };

  const restart = async () => {
    if (!window.confirm(editorText('restartConfirm'))) return;
    await saving.current;
    await discardDraft();
    setDraft(undefined);
    setGeneration((n) => n + 1);
    setNotice({ text: editorText('restarted') });
  };

  /** A route's field got focus: the diagram shows that route, its step marked. */
  const followFocus = (event: FocusEvent) => {
    const field = event.target as Element;
    const routeId = field.closest<HTMLElement>('[data-route]')?.dataset.route;
    if (routeId) setEditing({ routeId, stepId: field.closest<HTMLElement>('[data-step]')?.dataset.step });
  };

  if (!ready) return null;
  const language = currentLanguage();
  const count = file.problems.length;
  const refused = start.kind === 'older';

  return (
    // A new key when the draft is replaced as a whole (import, start again): every field starts afresh.
    <div class="editor" key={generation}>
      <div class="editor__main" onFocusIn={followFocus}>
        <ScreenHeading>{editorText('heading')}</ScreenHeading>
        <p>{editorText('intro')}</p>
        <p class="quiet" id="concept-begin">
          {!refused && `${startInWords(start, language)} `}
          {draft
            ? editorText('draftSaved', { time: new Date(draft.savedAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }) })
            : editorText('draftNone')}
        </p>
        {refused && (
          <p id="concept-ouder" class="notice notice--warning" tabIndex={-1} ref={refusal}>
            {startInWords(start, language)}
          </p>
        )}
        {draft?.downloaded && <p class="notice">{editorText('downloaded', { version: draft.downloaded })}</p>}
        {notice && (
          <div class="notice" role="status">
            <p>{notice.text}</p>
            {notice.problems && <pre class="editor-import-problems">{notice.problems}</pre>}
          </div>
        )}

        <div id="problemen" class={count > 0 ? 'problems' : 'problems problems--none'} tabIndex={-1} ref={summary} aria-labelledby="problemen-kop">
          <h2 id="problemen-kop">{count > 0 ? editorText('problems', { count }) : editorText('noProblems')}</h2>
          {count > 0 && (
            <ul>
              {file.problems.map((problem) => (
                <PlaceLine routeMap={working} path={problem.path} focus={problem.path} message={problemMessage(problem)} />
              ))}
            </ul>
          )}
        </div>
        {warnings.length > 0 && (
          <section class="problems problems--warning" aria-labelledby="let-op-kop">
            <h2 id="let-op-kop">{editorText('warnings.heading')}</h2>
            <ul>
              {warnings.map((warning) => (
                <PlaceLine routeMap={working} path={warning.path} focus={warning.focus} message={editorText(`warnings.${warning.kind}`)} />
              ))}
            </ul>
          </section>
        )}

        <div class="editor-actions">
          <button
            type="button"
            class="button button--primary"
            data-blocked={count > 0 || refused ? '' : undefined}
            aria-describedby={refused ? 'concept-ouder problemen-kop' : 'problemen-kop'}
            onClick={download}
          >
            {editorText('download')}
          </button>
          <label class="button button--quiet editor-import">
            {editorText('import')}
            <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(event) => void importFile(event.currentTarget)} />
          </label>
          <button type="button" class="button button--quiet" onClick={() => void restart()} disabled={!draft}>
            {editorText('restart')}
          </button>
        </div>
        <p class="field__help">{editorText('importHelp')}</p>

        <section aria-labelledby="kop-partners">
          <h2 id="kop-partners">{editorText('section.partners')}</h2>
          {Object.keys(working.partners).map((id) => (
            <PartnerForm form={form} id={id} />
          ))}
          <AddPartner form={form} />
        </section>
        <section aria-labelledby="kop-teksten">
          <h2 id="kop-teksten">{editorText('section.texts')}</h2>
          <MapTextsForm form={form} />
        </section>
        <section aria-labelledby="kop-uitgever">
          <h2 id="kop-uitgever">{editorText('section.publisher')}</h2>
          <PublisherForm form={form} />
        </section>
        {form.draft.terms && (
          <section aria-labelledby="kop-woorden">
            <h2 id="kop-woorden">{editorText('section.terms')}</h2>
            <TermsForm form={form} />
          </section>
        )}
        <section aria-labelledby="kop-routes">
          <h2 id="kop-routes">{editorText('section.routes')}</h2>
          <RoutesForm form={form} />
        </section>
        {Object.keys(working.regions).length > 0 && (
          <section aria-labelledby="kop-regios">
            <h2 id="kop-regios">{editorText('section.regions')}</h2>
            <RegionsForm form={form} />
          </section>
        )}
      </div>

      <div class="editor__aside">
        <section aria-labelledby="kop-diagram">
          <h2 id="kop-diagram">{editorText('section.diagram')}</h2>
          <RouteDiagram draft={working} editing={editing} onRoute={(routeId) => setEditing({ routeId })} />
        </section>
        <section aria-labelledby="kop-voorbeeld">
          <h2 id="kop-voorbeeld">{editorText('section.preview')}</h2>
          <Preview routeMap={lastGood.current} waiting={count > 0} />
        </section>
        <section id="wijzigingen" aria-labelledby="kop-wijzigingen">
          <h2 id="kop-wijzigingen">{editorText('section.changes')}</h2>
          <ChangeSummary published={newest} draft={working} nextVersion={file.routeMap.version} />
        </section>
        <section aria-labelledby="kop-publiceren">
          <h2 id="kop-publiceren">{editorText('section.publish')}</h2>
          <ol>
            <li>{editorText('publish.step1')}</li>
            <li>{editorText('publish.step2')}</li>
            <li>{editorText('publish.step3')}</li>
          </ol>
          <p>{editorText('publish.check')}</p>
        </section>
      </div>
    </div>
  );
}
