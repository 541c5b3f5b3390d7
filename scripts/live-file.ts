/**
 * The live data file, as the server publishes it: read from a path (a copy ICT took off the server)
 * or an https URL (`https://routekaart.example.nl/data/routekaart.json`), never more than the
 * apps accept, and checked by the apps' own rules. Used by `check-data --against` and the release build.
 */
import { readFileSync, statSync } from 'node:fs';
import type { RouteMap } from '../src/routemap/types';
import { MAX_FILE_BYTES, readDataFile, sizeProblem } from '../src/routemap/data-file';
import { validateRouteMap } from '../src/routemap/validate';

export type LiveReading = { ok: true; routeMap: RouteMap } | { ok: false; problem: string };

const TIMEOUT_MS = 20_000;

/** The body, cut off past the cap: a server's Content-Length may be missing (gzip) or wrong. */
async function cappedText(response: Response): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_FILE_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function fetchText(url: string): Promise<{ text: string } | { problem: string }> {
  try {
    const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) return { problem: `the server answered ${response.status}` };
    const text = await cappedText(response);
    return text === undefined ? { problem: `it is more than the ${MAX_FILE_BYTES} bytes allowed` } : { text };
  } catch (error) {
    return { problem: `it could not be fetched: ${(error as Error).message}` };
  }
}

function fileText(path: string): { text: string } | { problem: string } {
  try {
    const tooLarge = sizeProblem(statSync(path).size);
    return tooLarge ? { problem: `it is ${tooLarge.detail}` } : { text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { problem: `it cannot be read: ${(error as Error).message}` };
  }
}

export async function readLiveRouteMap(source: string): Promise<LiveReading> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) && !source.startsWith('https://')) {
    return { ok: false, problem: 'only a file path or an https:// address can name the live file' };
  }
  const read = source.startsWith('https://') ? await fetchText(source) : fileText(source);
  if ('problem' in read) return { ok: false, problem: read.problem };
  const file = readDataFile(read.text);
  if (!file.ok) return { ok: false, problem: `it is ${file.detail}` };
  // No clock rule: the apps already took this file when it was published.
  const validation = validateRouteMap(file.value);
  if (!validation.ok) {
    return { ok: false, problem: `it is not a valid route map:\n${validation.problems.map((p) => `    ${p.path}: ${p.message}`).join('\n')}` };
  }
  return { ok: true, routeMap: validation.routeMap };
}
