/**
 * `npm run check-data [file]`: checks a route map data file before it is published.
 * Prints every problem with its JSON path; exits 1 on any problem.
 *
 * `npm run check-data -- NEW --against LIVE` (LIVE a file path or an https URL) also refuses NEW
 * unless its version is above the live file's (the apps would not take it, or it would undo a
 * newer change), and lists every change that alters whom a worker reaches, in the words of the
 * editor's change summary, so ICT can confirm them with the map's owners. `--lang en` for English.
 */
import { readFileSync } from 'node:fs';
import type { Language, RouteMap } from '../src/routemap/types';
import { reachChangesBetween } from '../src/routemap/reach-changes';
import { editorText } from '../src/editor/form';
import { reachInWords } from '../src/editor/reach-words';
import { checkRouteMapFile, REPO_DATA_FILE } from './route-map-file';
import { readLiveRouteMap } from './live-file';
import { useEditorWords } from './editor-words';

interface Arguments {
  file: string;
  against?: string;
  language: Language;
}

function parseArguments(args: string[]): Arguments {
  const positional: string[] = [];
  let against: string | undefined;
  let language: Language = 'nl';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--against') against = args[++i];
    else if (args[i] === '--lang') language = args[++i] === 'en' ? 'en' : 'nl';
    else positional.push(args[i]);
  }
  // `npm run check-data NEW --against LIVE` without `--`: npm keeps the flag for itself and passes LIVE on.
  if (against === undefined && process.env.npm_config_against === 'true' && positional.length === 2) against = positional.pop();
  return { file: positional[0] ?? REPO_DATA_FILE, against, language };
}

/** The lines ICT confirms with the owners: the same as the editor's change summary leads with. */
function reachLines(live: RouteMap, fresh: RouteMap): string[] {
  return reachChangesBetween(live, fresh).map((change) => {
    const { what, values } = reachInWords(live, fresh, change);
    if (!values) return `  - ${what}`;
    const value = (text: string | undefined) => text ?? editorText('changes.empty');
    return `  - ${what}: ${value(values.before)} → ${value(values.after)}`;
  });
}

async function compareWithLive(file: string, against: string, language: Language): Promise<boolean> {
  const live = await readLiveRouteMap(against);
  if (!live.ok) {
    console.error(`${against}: cannot compare with the live file: ${live.problem}`);
    return false;
  }
  const fresh = JSON.parse(readFileSync(file, 'utf8')) as RouteMap;
  const liveVersion = live.routeMap.version;
  const higher = fresh.version > liveVersion;
  if (higher) console.log(`Against the live file ${against} (version ${liveVersion}): the apps will take version ${fresh.version}.`);
  await useEditorWords(language);
  const lines = reachLines(live.routeMap, fresh);
  if (lines.length === 0) console.log('No change to whom a worker reaches: the numbers, addresses, partners and routes are as in the live file.');
  else console.log(`\n${editorText('changes.reachHeading')} (${lines.length}):\n${lines.join('\n')}\n`);
  if (!higher) {
    console.error(
      `${file}: version ${fresh.version} is not above the live file's version ${liveVersion} (${against}). ` +
        'The apps would keep the live file, and publishing this one could undo newer changes. ' +
        'Start from the live file (open /beheer online) and publish with a higher version.',
    );
  } else if (lines.length > 0) {
    console.log("Confirm each line with the map's owners before you publish: their printed change summary in /beheer starts with the same list.");
  }
  return higher;
}

const { file, against, language } = parseArguments(process.argv.slice(2));
const problems = checkRouteMapFile(file);

if (problems.length === 0) {
  const { version, checked } = JSON.parse(readFileSync(file, 'utf8')) as { version: number; checked: string };
  console.log(`${file}: no problems (version ${version}, contacts checked on ${checked}).`);
  if (against !== undefined && !(await compareWithLive(file, against, language))) process.exitCode = 1;
} else {
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  ${problem.path}: ${problem.message}`);
  process.exitCode = 1;
}
