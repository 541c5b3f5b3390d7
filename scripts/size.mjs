/**
 * `npm run size`: what the production build costs a phone, in gzip bytes, against the budgets.
 * First visit: everything loaded before the home screen is live (the page with its inlined CSS,
 * the entry chunk and its static imports; the route map follows after). Precache: everything the
 * service worker stores for offline use. Then the same app built with a route map ten times the
 * size (test-only contacts, scripts/big-route-map.mjs): its first visit must stay within
 * 0.5 KiB of this one, so a bigger map never slows the first screen. Exits 1 over budget.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bigRouteMap } from './big-route-map.mjs';

const KIB = 1024;
// The first visit measured 15.9 KiB when this was set: 4.1 KiB of headroom for what the home
// screen may still need. The precache holds every screen and the icons.
const BUDGETS = { firstVisit: 20 * KIB, precache: 150 * KIB };
const BIG_MAP_TOLERANCE = 0.5 * KIB;
const BIG_MAP_FACTOR = 10;

const gzipSize = (dist, file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** The page and the entry chunk with everything it imports statically, with their CSS. */
function firstVisitFiles(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const closure = (key, files = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return files;
    files.add(chunk.file);
    // The entry's stylesheet is inlined into index.html by the build, so it is counted there.
    if (!chunk.isEntry) for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) closure(imported, files);
    return files;
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  return ['index.html', ...closure(entryKey)].filter((file) => existsSync(join(dist, file)));
}

function precacheFiles(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
  const workboxRuntime = /importScripts\(.*?"\.\/(workbox-[^"]+\.js)"/.exec(sw)?.[1];
  return [...precached, 'sw.js', ...(workboxRuntime ? [workboxRuntime] : [])];
}

const total = (dist, files) => files.reduce((sum, file) => sum + gzipSize(dist, file), 0);
const kib = (bytes) => `${(bytes / KIB).toFixed(2).padStart(7)} KiB`;

function table(title, dist, files, budget) {
  const rows = files.map((file) => ({ file, bytes: gzipSize(dist, file) })).sort((a, b) => b.bytes - a.bytes);
  const sum = rows.reduce((all, row) => all + row.bytes, 0);
  const width = Math.max(...rows.map((row) => row.file.length), 5);
  console.log(`\n${title}`);
  for (const row of rows) console.log(`  ${row.file.padEnd(width)}  ${kib(row.bytes)}`);
  const within = sum <= budget;
  console.log(`  ${'total'.padEnd(width)}  ${kib(sum)}  (budget ${(budget / KIB).toFixed(0)} KiB: ${within ? 'ok' : 'OVER'}, ${kib(budget - sum).trim()} left)`);
  return { within, sum };
}

/** Builds the app with a map `BIG_MAP_FACTOR` times the size and returns its first visit in bytes. */
function bigMapFirstVisit() {
  const work = mkdtempSync(join(tmpdir(), 'routekaart-groot-'));
  try {
    const mapFile = join(work, 'routekaart.json');
    const shipped = JSON.parse(readFileSync('data/routekaart.json', 'utf8'));
    const big = bigRouteMap(shipped, BIG_MAP_FACTOR);
    writeFileSync(mapFile, JSON.stringify(big, null, 2));
    const dist = join(work, 'dist');
    execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, ROUTE_MAP_FILE: mapFile },
      stdio: 'inherit',
    });
    const ratio = JSON.stringify(big).length / JSON.stringify(shipped).length;
    return { bytes: total(dist, firstVisitFiles(dist)), ratio };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const first = table('First visit, before the home screen is live (gzip)', 'dist', firstVisitFiles('dist'), BUDGETS.firstVisit);
const precache = table('Precache for offline use, with the service worker (gzip)', 'dist', precacheFiles('dist'), BUDGETS.precache);

const big = bigMapFirstVisit();
const difference = big.bytes - first.sum;
const bigOk = Math.abs(difference) <= BIG_MAP_TOLERANCE;
console.log(`\nWith a route map ${big.ratio.toFixed(1)}× the size (test-only contacts):`);
console.log(`  first visit ${kib(big.bytes).trim()}, ${difference >= 0 ? '+' : ''}${(difference / KIB).toFixed(2)} KiB (at most ±0.5 KiB: ${bigOk ? 'ok' : 'OVER'})`);

if (!first.within || !precache.within || !bigOk) {
  console.error('\nSize budget exceeded.');
  process.exitCode = 1;
}
