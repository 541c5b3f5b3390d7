import '../ui/screens/screens.css';
import './editor.css';
import i18next from 'i18next';
import { useMemo, useRef } from 'preact/hooks';
import nl from '../../locales/beheer.nl.json';
import en from '../../locales/beheer.en.json';
import type { RouteMap } from '../routemap/types';
import { ScreenHeading } from '../ui/parts/screen-heading';
import { ChangeSummary } from './change-summary';
import { DraftStatus } from './draft-status';
import { editorText } from './form';
import { MapTextsForm, RegionsForm, RoutesForm, TermsForm } from './map-forms';
import { AddPartner, PartnerForm } from './partner-form';
import { Preview } from './preview';
import { ProblemList } from './problem-list';
import { PublisherForm } from './publisher-form';
import { RouteDiagram, useEditing } from './route-diagram';
import { useDraft } from './use-draft';
import { warningsOf } from './warnings';

i18next.addResourceBundle('nl', 'beheer', nl, true, true);
i18next.addResourceBundle('en', 'beheer', en, true, true);

/**
 * /beheer: the map's owners keep it current without a developer. Edit in forms, checked as you
 * type by the app's own rules; see the real screens and the changes; download one file to publish.
 * This screen lays the editor out; the draft lives in ./use-draft.ts.
 */
export function EditorScreen({ routeMap: published }: { routeMap: RouteMap }) {
  const editor = useDraft(published);
  const { editing, followFocus, showRoute } = useEditing();
  const summary = useRef<HTMLElement>(null);
  const refusal = useRef<HTMLParagraphElement>(null);
  const working = editor?.working;
  const warnings = useMemo(() => (working ? warningsOf(working) : []), [working]);
  if (!editor) return null;
  const { form, file, start, draft } = editor;
  const count = file.problems.length;
  const refused = start.kind === 'older';

  const download = () => {
    const refusedFor = editor.download();
    if (refusedFor === 'older') refusal.current?.focus();
    else if (refusedFor === 'problems') summary.current?.focus();
  };
  const restart = () => {
    if (window.confirm(editorText('restartConfirm'))) void editor.restart();
  };

  return (
    // A new key when the draft is replaced as a whole (import, start again): every field starts afresh.
    <div class="editor" key={editor.generation}>
      <div class="editor__main" onFocusIn={followFocus}>
        <ScreenHeading>{editorText('heading')}</ScreenHeading>
        <p>{editorText('intro')}</p>
        <DraftStatus editor={editor} refusal={refusal} />
        <ProblemList routeMap={form.draft} problems={file.problems} warnings={warnings} summary={summary} />

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
            <input
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              onChange={(event) => {
                const input = event.currentTarget;
                const chosen = input.files?.[0];
                input.value = '';
                if (chosen) void editor.importFile(chosen);
              }}
            />
          </label>
          <button type="button" class="button button--quiet" onClick={restart} disabled={!draft}>
            {editorText('restart')}
          </button>
        </div>
        <p class="field__help">{editorText('importHelp')}</p>

        <section aria-labelledby="kop-partners">
          <h2 id="kop-partners">{editorText('section.partners')}</h2>
          {Object.keys(form.draft.partners).map((id) => (
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
        {Object.keys(form.draft.regions).length > 0 && (
          <section aria-labelledby="kop-regios">
            <h2 id="kop-regios">{editorText('section.regions')}</h2>
            <RegionsForm form={form} />
          </section>
        )}
      </div>

      <div class="editor__aside">
        <section aria-labelledby="kop-diagram">
          <h2 id="kop-diagram">{editorText('section.diagram')}</h2>
          <RouteDiagram draft={form.draft} editing={editing} onRoute={showRoute} />
        </section>
        <section aria-labelledby="kop-voorbeeld">
          <h2 id="kop-voorbeeld">{editorText('section.preview')}</h2>
          <Preview routeMap={file.routeMap} published={published} waiting={count > 0} />
        </section>
        <section id="wijzigingen" aria-labelledby="kop-wijzigingen">
          <h2 id="kop-wijzigingen">{editorText('section.changes')}</h2>
          <ChangeSummary published={editor.newest} draft={form.draft} nextVersion={file.routeMap.version} />
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
