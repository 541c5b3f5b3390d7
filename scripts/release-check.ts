/**
 * Whether a release may be built: fail-closed against a rollback. The release puts the
 * repository's data file in the app (the copy every new install starts from), so it must not be
 * older than the live file, or differ from it under the same version. Pure.
 */
import type { RouteMap } from '../src/routemap/types';

export type ReleaseDecision = { go: boolean; says: string };

/** The same map, whatever the order of its keys (the editor and a hand edit write them differently). */
function sameContent(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
          )
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * `live` is the file the server publishes now, undefined when none was given; `firstRelease` says
 * explicitly that nothing is published yet.
 */
export function releaseDecision(repoFile: string, repo: RouteMap, live: RouteMap | undefined, firstRelease: boolean): ReleaseDecision {
  if (live && firstRelease) {
    return {
      go: false,
      says: 'Stopped: told both that this is the first release and which file is live. With a live file, it is not the first release: leave out --first-release.',
    };
  }
  if (!live) {
    if (firstRelease) {
      return { go: true, says: `First release: ${repoFile} (version ${repo.version}) goes in the app. Put it in the data folder as the first live file (docs/deploy.md).` };
    }
    return {
      go: false,
      says:
        'Stopped: a release build needs the live data file, so that it cannot put older contacts back in the app: ' +
        'npm run release -- --live https://…/data/routekaart.json (or a copy of that file). ' +
        'Only when nothing is published yet: npm run release -- --first-release.',
    };
  }
  if (repo.version < live.version) {
    return {
      go: false,
      says:
        `Stopped: ${repoFile} is version ${repo.version}, older than the live file's version ${live.version}. ` +
        'This release would give every new install the older contacts. Copy the live file to ' +
        `${repoFile}, check it (npm run check-data), commit it, and build again.`,
    };
  }
  if (repo.version === live.version && !sameContent(repo, live)) {
    return {
      go: false,
      says:
        `Stopped: ${repoFile} and the live file are both version ${repo.version}, but they differ: one of them was changed without a new version. ` +
        `Copy the live file to ${repoFile}, or give ${repoFile} a higher version (npm run check-data -- ${repoFile} --against LIVE), and build again.`,
    };
  }
  if (repo.version === live.version) return { go: true, says: `${repoFile} is the live file (version ${repo.version}): the release carries the same contacts.` };
  return {
    go: true,
    says:
      `${repoFile} (version ${repo.version}) is newer than the live file (version ${live.version}). After the release, publish it ` +
      'as the live file too (check-data --against, then the copy in docs/deploy.md), so that the server and the app agree.',
  };
}
