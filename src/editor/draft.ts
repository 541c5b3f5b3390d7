/**
 * What each step of a draft's life makes of it: an edit kept, a stored draft that has done its
 * job, a file imported, a download allowed or refused. Pure, so each is tested like the
 * validator; ./use-draft.ts holds the draft between renders and stores it (./draft-store.ts).
 */
import { readDataFile, sizeProblem } from '../routemap/data-file';
import type { RouteMap } from '../routemap/types';
import { describeProblems } from '../routemap/validate';
import { localDate } from '../routemap/version';
import { changesBetween } from './changes';
import type { DraftStart, Online } from './draft-start';
import type { Draft } from './draft-store';
import { checkEditable } from './editable';
import type { LiveRouteMap } from './live-route-map';
import { setAt } from './paths';
import type { Publication } from './publish';
import { stampChecked } from './verified';

/**
 * The newest published version known here (this device's copy, or the live file once fetched):
 * what a new draft starts from, and what the change summary compares with.
 */
export function newestPublished(published: RouteMap, live: LiveRouteMap): RouteMap {
  return live.state === 'known' && live.routeMap.version > published.version ? live.routeMap : published;
}

/** What the editor knows of the live file's version, for ./draft-start.ts. */
export function onlineOf(live: LiveRouteMap): Online {
  return live.state === 'known' ? { state: 'known', version: live.routeMap.version } : live;
}

/** A stored draft that holds nothing beyond what is published has done its job: it is discarded. */
export function isSpent(published: RouteMap, stored: Draft): boolean {
  return changesBetween(published, stored.routeMap).length === 0 && stored.basedOn <= published.version;
}

/** The draft after a change: its map, the version it began on (a new draft's is the newest published) and its last download. */
export function keptDraft(current: Draft | undefined, routeMap: RouteMap, newest: number, now: Date, changed: Partial<Pick<Draft, 'basedOn' | 'downloaded'>> = {}): Draft {
  return { routeMap, basedOn: current?.basedOn ?? newest, downloaded: current?.downloaded, ...changed, savedAt: now.toISOString() };
}

/** One field changed (undefined removes it); a partner whose number, address or website changed counts as checked today. */
export function withField(routeMap: RouteMap, path: string, value: unknown, now: Date): RouteMap {
  return stampChecked(routeMap, setAt(routeMap, path, value), localDate(now));
}

/** The version a download gets must be above everything published and everything downloaded from this draft. */
export function downloadFloor(newest: RouteMap, draft: Draft | undefined): number {
  return Math.max(newest.version, draft?.downloaded ?? 0);
}

/** Why the file cannot be downloaded now: it began before a newer published version, or it has problems. */
export function downloadRefusal(start: DraftStart, file: Publication): 'older' | 'problems' | undefined {
  if (start.kind === 'older') return 'older';
  return file.problems.length > 0 ? 'problems' : undefined;
}

export type Imported = { ok: true; routeMap: RouteMap } | { ok: false; reason: 'notJson' } | { ok: false; reason: 'refused'; problems: string };

/** A file chosen for import: too large is refused before a byte is read; then it must be a map the editor can open. */
export async function readImport(size: number, read: () => Promise<string>): Promise<Imported> {
  const tooLarge = sizeProblem(size);
  if (tooLarge) return { ok: false, reason: 'refused', problems: `  (file): ${tooLarge.detail}` };
  const file = readDataFile(await read());
  if (!file.ok) return file.reason === 'not-json' ? { ok: false, reason: 'notJson' } : { ok: false, reason: 'refused', problems: `  (file): ${file.detail}` };
  const editable = checkEditable(file.value);
  return editable.ok ? { ok: true, routeMap: editable.routeMap } : { ok: false, reason: 'refused', problems: describeProblems(editable.problems) };
}
