/**
 * The maintainer's draft between renders: loaded from this device once, kept on every edit (in
 * memory at once, in IndexedDB in order), replaced by an imported file, downloaded as the file to
 * publish, begun again. Each change is one of ./draft.ts's pure functions; the screen only lays
 * out what this returns.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DATA_FILE_NAME } from '../routemap/data-file';
import type { RouteMap } from '../routemap/types';
import { downloadText } from '../platform/download';
import { downloadFloor, downloadRefusal, isSpent, keptDraft, newestPublished, onlineOf, readImport, withField } from './draft';
import { draftStart, type DraftStart } from './draft-start';
import { discardDraft, loadDraft, saveDraft, type Draft } from './draft-store';
import { editorText, type Form } from './form';
import { useLiveRouteMap } from './live-route-map';
import { prepareFile, type Publication } from './publish';

/** What the editor says after an import, a download or beginning again. */
export interface Notice {
  text: string;
  problems?: string;
}

export interface DraftEditor {
  /** The draft; undefined until the first change. */
  draft: Draft | undefined;
  /**
   * When the draft last reached this device's storage: a save still under way is not "saved"
   * (leaving the page aborts it, src/data/database.ts).
   */
  storedAt: string | undefined;
  /** The map being edited: the draft's, or the newest published one. */
  working: RouteMap;
  /** The newest published version known here: what the change summary compares with. */
  newest: RouteMap;
  start: DraftStart;
  /** The file a download gives, with its problems. */
  file: Publication;
  /** Goes up each time the draft is replaced as a whole (import, begin again): every field starts afresh. */
  generation: number;
  notice: Notice | undefined;
  form: Form;
  /** Downloads the file, or says why it cannot yet. */
  download(): 'older' | 'problems' | undefined;
  importFile(chosen: File): Promise<void>;
  restart(): Promise<void>;
}

/** Undefined until the stored draft has been read. */
export function useDraft(published: RouteMap): DraftEditor | undefined {
  const [draft, setDraft] = useState<Draft | undefined>();
  const [storedAt, setStoredAt] = useState<string>();
  const [ready, setReady] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice>();
  const saving = useRef(Promise.resolve(true));
  const live = useLiveRouteMap();

  useEffect(() => {
    void loadDraft().then((stored) => {
      if (stored && isSpent(published, stored)) void discardDraft();
      else {
        setDraft(stored);
        setStoredAt(stored?.savedAt);
      }
      setReady(true);
    });
  }, []);

  const newest = newestPublished(published, live);
  const start = draftStart(draft, newest.version, onlineOf(live));
  const working = draft?.routeMap ?? newest;
  const floor = downloadFloor(newest, draft);
  const file = useMemo(() => prepareFile(working, floor, new Date()), [working, floor]);

  const keep = (routeMap: RouteMap, changed?: Partial<Pick<Draft, 'basedOn' | 'downloaded'>>) => {
    const next = keptDraft(draft, routeMap, newest.version, new Date(), changed);
    setDraft(next);
    saving.current = saving.current
      .then(() => saveDraft(next))
      .then((saved) => {
        if (saved) setStoredAt(next.savedAt);
        return saved;
      });
  };

  const form: Form = {
    draft: working,
    problems: file.problems,
    set: (path, value) => keep(withField(working, path, value, new Date())),
    replace: (routeMap) => keep(routeMap),
  };

  const download = () => {
    const refusal = downloadRefusal(start, file);
    if (refusal) return refusal;
    downloadText(DATA_FILE_NAME, file.text, 'application/json');
    keep(working, { downloaded: file.routeMap.version });
    setNotice({ text: editorText('downloadDone', { version: file.routeMap.version }) });
    return undefined;
  };

  const importFile = async (chosen: File) => {
    const imported = await readImport(chosen.size, () => chosen.text());
    if (!imported.ok) {
      setNotice(imported.reason === 'notJson' ? { text: editorText('importNotJson') } : { text: editorText('importRefused'), problems: imported.problems });
      return;
    }
    // A file from elsewhere: it starts from what is published now, with nothing downloaded yet.
    keep(imported.routeMap, { basedOn: newest.version, downloaded: undefined });
    setGeneration((n) => n + 1);
    setNotice({ text: editorText('importDone', { name: chosen.name }) });
  };

  const restart = async () => {
    await saving.current;
    await discardDraft();
    setDraft(undefined);
    setStoredAt(undefined);
    setGeneration((n) => n + 1);
    setNotice({ text: editorText('restarted') });
  };

  if (!ready) return undefined;
  return { draft, storedAt, working, newest, start, file, generation, notice, form, download, importFile, restart };
}
