/** How the editor and the app in its preview frame talk: same origin, by postMessage. */
import { screenOf } from './navigation';

/** The query parameter that starts the app as a preview: shows the editor's draft, stores nothing. */
export const PREVIEW_PARAM = 'voorbeeld';

/** Sent by the app in the frame once it runs, so the editor sends it the draft. */
export const PREVIEW_READY = 'voorbeeld-klaar';

/** What of a window the check reads: its own address, and its parent's. */
export interface FramedPage {
  location: { origin: string; pathname: string; search: string };
  parent: { location: { origin: string; pathname: string } };
}

/**
 * This page was started by the editor (/beheer) in a frame, to show its draft on the real
 * screens: the parameter, and a parent that really is the editor, on this origin. The parameter
 * alone, in an address opened, bookmarked or shared elsewhere, would switch off updates.
 */
export function startedAsPreview(page: FramedPage): boolean {
  if (!new URLSearchParams(page.location.search).has(PREVIEW_PARAM) || page.parent === page) return false;
  try {
    return page.parent.location.origin === page.location.origin && screenOf(page.parent.location.pathname).name === 'editor';
  } catch {
    // Another origin's window may not be read: not the editor.
    return false;
  }
}

export const inPreview = typeof window !== 'undefined' && startedAsPreview(window);
