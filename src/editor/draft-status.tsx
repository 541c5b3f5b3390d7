import type { Ref } from 'preact';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import type { Language } from '../routemap/types';
import { versionDate } from '../routemap/version';
import type { DraftStart } from './draft-start';
import { editorText } from './form';
import type { DraftEditor } from './use-draft';

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
 * Where the draft stands, at the top of /beheer: the version it starts from, when it was saved,
 * why it cannot be downloaded (`refusal` takes focus then), what was downloaded, the last notice.
 */
export function DraftStatus({ editor, refusal }: { editor: DraftEditor; refusal: Ref<HTMLParagraphElement> }) {
  const { draft, storedAt, start, notice } = editor;
  const language = currentLanguage();
  const refused = start.kind === 'older';
  return (
    <>
      <p class="quiet" id="concept-begin">
        {!refused && `${startInWords(start, language)} `}
        {storedAt ? editorText('draftSaved', { time: new Date(storedAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }) }) : !draft && editorText('draftNone')}
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
    </>
  );
}
