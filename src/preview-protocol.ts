/** How the editor and the app in its preview frame talk: same origin, by postMessage. */

/** The query parameter that starts the app as a preview: shows the editor's draft, stores nothing. */
export const PREVIEW_PARAM = 'voorbeeld';

/** Sent by the app in the frame once it runs, so the editor sends it the draft. */
export const PREVIEW_READY = 'voorbeeld-klaar';

/** This page was started by the editor (/beheer) in a frame, to show its draft on the real screens. */
export const inPreview = typeof location !== 'undefined' && new URLSearchParams(location.search).has(PREVIEW_PARAM);
