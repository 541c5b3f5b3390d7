/**
 * `npm run size`: what the production build costs a phone, in gzip bytes, against the budgets.
 * First visit: everything loaded before the app is interactive on the home screen (the page with
 * its inlined CSS, the entry chunk and its static imports, the route map data it boots with).
 * Precache: everything the service worker stores for offline use. Exits 1 over budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KIB = 1024;
const BUDGETS = { firstVisit: 35 * KIB, precache: 150 * KIB };

const gzipSize = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));

/** The entry chunk and everything it imports statically, with their CSS. */
function staticClosure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) staticClosure(imported, files);
  return files;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const dataKey = Object.keys(manifest).find((key) => key.endsWith('data/routekaart.json'));
// The entry's stylesheet is inlined into index.html by the build, so it is counted there.
const firstVisit = ['index.html', ...staticClosure(entryKey), ...staticClosure(dataKey)].filter((file) =>
  existsSync(join(DIST, file)),
);

const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
const workboxRuntime = /importScripts\(.*?"\.\/(workbox-[^"]+\.js)"/.exec(sw)?.[1];
const precache = [...precached, 'sw.js', ...(workboxRuntime ? [workboxRuntime] : [])];

function table(title, files, budget) {
  const rows = files.map((file) => ({ file, bytes: gzipSize(file) })).sort((a, b) => b.bytes - a.bytes);
  const total = rows.reduce((sum, row) => sum + row.bytes, 0);
  const width = Math.max(...rows.map((row) => row.file.length), 5);
  console.log(`\n${title}`);
  for (const row of rows) console.log(`  ${row.file.padEnd(width)}  ${(row.bytes / KIB).toFixed(2).padStart(7)} KiB`);
  const within = total <= budget;
  console.log(
    `  ${'total'.padEnd(width)}  ${(total / KIB).toFixed(2).padStart(7)} KiB  (budget ${(budget / KIB).toFixed(0)} KiB: ${within ? 'ok' : 'OVER'})`,
  );
  return within;
}

const firstOk = table('First visit, before the home screen is interactive (gzip)', firstVisit, BUDGETS.firstVisit);
const precacheOk = table('Precache for offline use, with the service worker (gzip)', precache, BUDGETS.precache);
if (!firstOk || !precacheOk) {
  console.error('\nSize budget exceeded.');
  process.exitCode = 1;
}
