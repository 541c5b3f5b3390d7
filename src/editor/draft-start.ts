/**
 * What a draft starts from, said at the top of /beheer: its version, and whether that is the
 * version online, the copy on this device (offline), or older than a version already published.
 * An older one may not be downloaded: publishing it would undo the newer version's changes. Pure.
 */
import type { Draft } from './draft-store';

/** What the editor knows of the file online: still asking, its version, or nothing (offline, or no good answer). */
export type Online = { state: 'checking' } | { state: 'known'; version: number } | { state: 'unknown' };

export type DraftStart =
  /** Refused for download: `published` came out after the draft began. */
  | { kind: 'older'; version: number; published: number }
  | { kind: 'live'; version: number }
  | { kind: 'online'; version: number; live: number }
  | { kind: 'checking' | 'device'; version: number };

/**
 * `newest` is the newest published version this device knows: its own copy's, or the live file's
 * once fetched. Without a draft, a new one starts from it.
 */
export function draftStart(draft: Pick<Draft, 'basedOn' | 'downloaded'> | undefined, newest: number, online: Online): DraftStart {
  const version = draft?.basedOn ?? newest;
  // A draft downloaded as a version holds that version: once it is published, it is no older.
  if (Math.max(version, draft?.downloaded ?? 0) < newest) return { kind: 'older', version, published: newest };
  if (online.state === 'known') return version === online.version ? { kind: 'live', version } : { kind: 'online', version, live: online.version };
  return { kind: online.state === 'checking' ? 'checking' : 'device', version };
}
