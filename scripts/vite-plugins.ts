/** The build's own steps: checking and publishing the route map, prerendering and locking down the pages. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { homeMapOf } from '../src/routemap/home-map';
import { DATA_FILE_PATH } from '../src/routemap/data-file';
import { checkRouteMapFile, REPO_DATA_FILE } from './route-map-file';
import { INSTALL_PROMPT_BEFORE_START } from '../src/pwa/install-event';

/** The home screen's part of the map (src/routemap/home-map.ts), built into the main bundle. */
const HOME_MAP_MODULE = 'virtual:home-map';

/** The page for every path but `/`: the header with 112, and an empty screen the app fills. */
export const SHELL_PAGE = 'shell.html';

interface MapTitle {
  texts?: { title?: { nl: string } };
}

/** The page's title comes from the map, so another region's map brings its own. */
function describePage(html: string): string {
  const { texts } = JSON.parse(readFileSync(REPO_DATA_FILE, 'utf8')) as MapTitle;
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const title = texts?.title?.nl;
  return title ? html.replace(/<title>[^<]*<\/title>/, () => `<title>${attribute(title)}</title>`) : html;
}

/**
 * Refuses to build an app whose route map is broken (a wrong number can cost a victim their
 * chance), and publishes the checked file beside the app for updates. The app imports
 * data/routekaart.json, and its home screen's part as virtual:home-map; with ROUTE_MAP_FILE
 * set, both are the other map.
 */
export function routeMapData(): Plugin {
  return {
    name: 'route-map-data',
    config() {
      return { resolve: { alias: [{ find: /^(\.\.\/)+data\/routekaart\.json$/, replacement: resolve(REPO_DATA_FILE) }] } };
    },
    transformIndexHtml: describePage,
    resolveId: (id) => (id === HOME_MAP_MODULE ? `\0${HOME_MAP_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${HOME_MAP_MODULE}`) return undefined;
      return `export default ${JSON.stringify(homeMapOf(JSON.parse(readFileSync(REPO_DATA_FILE, 'utf8'))))};`;
    },
    buildStart() {
      const problems = checkRouteMapFile(REPO_DATA_FILE);
      if (problems.length > 0) {
        this.error(`${REPO_DATA_FILE} has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
      }
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATA_FILE_PATH, source: readFileSync(REPO_DATA_FILE, 'utf8') });
    },
    configureServer(server) {
      server.middlewares.use(`/${DATA_FILE_PATH}`, (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(readFileSync(REPO_DATA_FILE, 'utf8'));
      });
    },
  };
}

/**
 * The pages' only script: it starts the app once the first contentful paint is on screen, so that
 * paint waits for none of our scripts, their download or their evaluation, and on a slow phone
 * the screen shows as soon as the plain page would (measured against that floor: npm run
 * lighthouse). The page works before it: every action is a real link. The timer covers a page
 * that is never painted (opened in a hidden tab) and a browser without paint timing. Chromium's
 * one early `beforeinstallprompt` may come before the app listens: it is kept for the app
 * (INSTALL_PROMPT_BEFORE_START, read by src/pwa/install-event.ts).
 */
function startAfterFirstPaint(entry: string): string {
  return [
    `let started;const start=()=>started||(started=import(${JSON.stringify(entry)}));`,
    `addEventListener("beforeinstallprompt",(event)=>{event.preventDefault();window.${INSTALL_PROMPT_BEFORE_START}=event});`,
    'PerformanceObserver.supportedEntryTypes?.includes("paint")',
    '?new PerformanceObserver((list)=>list.getEntriesByName("first-contentful-paint").length&&start()).observe({type:"paint",buffered:true})',
    ':start();setTimeout(start,1000)',
  ].join('');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

function contentSecurityPolicy(styleHash: string, scriptHash: string): string {
  return [
    "default-src 'self'",
    // Files of this site, and the one inline script by its hash (no other inline script runs).
    `script-src 'self' 'sha256-${scriptHash}'`,
    `style-src 'self' 'sha256-${styleHash}'`,
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    // The pages have no <base>: none may move their relative addresses.
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Read by deploy/signalenroutekaart-site.conf: the headers of every response, in step with the build. */
export const NGINX_HEADERS = 'security-headers.conf';

/**
 * The security headers for nginx. As headers, the policy can also forbid framing, which a meta
 * tag cannot. HSTS comes from $hsts, set only in the https server (empty: nginx sends nothing).
 */
function nginxSecurityHeaders(policy: string): string {
  const headers: Array<[string, string]> = [
    ['Content-Security-Policy', `"${policy}; frame-ancestors 'self'"`],
    // frame-ancestors for browsers that know only the older header.
    ['X-Frame-Options', '"SAMEORIGIN"'],
    ['X-Content-Type-Options', '"nosniff"'],
    ['Referrer-Policy', '"no-referrer"'],
    ['Permissions-Policy', '"camera=(), microphone=(), geolocation=(), payment=(), usb=()"'],
    ['Cross-Origin-Opener-Policy', '"same-origin"'],
    ['Strict-Transport-Security', '$hsts'],
  ];
  return `# Written by the build (scripts/vite-plugins.ts): do not edit.\n${headers.map(([name, value]) => `add_header ${name} ${value} always;`).join('\n')}\n`;
}

/**
 * Build only. Renders the home screen into index.html, and the bare shell (header with 112, empty
 * screen) into shell.html, the page every deep link gets, so a shared step link never flashes
 * the home screen. Inlines the (small) stylesheet so text shows before any JavaScript runs, starts
 * the app after the first paint (startAfterFirstPaint), and locks both pages down with a
 * Content-Security-Policy: only that inline script and that stylesheet, by their hashes.
 */
export function prerenderPages(): Plugin {
  return {
    name: 'prerender-pages',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      let template = String(index.source);

      const stylesheet = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(template);
      const css = stylesheet && bundle[stylesheet[1]];
      if (!stylesheet || css?.type !== 'asset') this.error('index.html has no stylesheet to inline');
      const style = String(css.source);
      // Kept, empty: a lazy chunk that imports from the entry lists the entry's stylesheet among
      // its dependencies, and Vite's loader fails the import when that file is missing.
      css.source = '/* Inlined into the pages by scripts/vite-plugins.ts. */';
      if (/<script(?![^>]*\bsrc=)[^>]*>/.test(template)) this.error('index.html must have no inline script: the build adds the only one');
      const entryScript = /<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/.exec(template);
      if (!entryScript) this.error('index.html has no entry script');
      const loader = startAfterFirstPaint(entryScript[1]);
      const policy = contentSecurityPolicy(sha256(style), sha256(loader));
      template = template
        .replace(stylesheet[0], () => `<style>${style}</style>`)
        .replace(entryScript[0], () => `<script type="module">${loader}</script>`)
        .replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <meta name="referrer" content="no-referrer" />`,
        );

      this.emitFile({ type: 'asset', fileName: NGINX_HEADERS, source: nginxSecurityHeaders(policy) });

      const { tsImport } = await import('tsx/esm/api');
      const pages = await tsImport(pathToFileURL(resolve('src/prerender.tsx')).href, import.meta.url);
      const page = (body: string) => template.replace('<div id="app"></div>', () => `<div id="app">${body}</div>`);
      index.source = page(await pages.prerenderHome(JSON.parse(readFileSync(REPO_DATA_FILE, 'utf8'))));
      this.emitFile({ type: 'asset', fileName: SHELL_PAGE, source: page(await pages.prerenderShell()) });
    },
  };
}

/** `vite preview` serves the pages as a host should (docs/deploy.md): every app path but `/` gets the shell. */
export function previewLikeHost(): Plugin {
  return {
    name: 'preview-like-host',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        if (request.method !== 'GET' || path === '/' || extname(path) !== '') return next();
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.setHeader('cache-control', 'no-cache');
        response.end(readFileSync(resolve(server.config.build.outDir, SHELL_PAGE)));
      });
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136+; other engines ignore the comment): the first visit's
 * code is all called at start, so V8 compiles it while it downloads, off the main thread, instead
 * of at each function's first call, inside the start's own short tasks. Added last (Vite puts its
 * own preamble on top of the entry): the comment must open the file. A constant line, so the
 * file names' hashes still tell one build's code from another's.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const firstVisit = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((entry) => [entry.fileName, ...entry.imports]));
        for (const chunk of chunks) if (firstVisit.has(chunk.fileName)) chunk.code = COMPILE_HINT + chunk.code;
      },
    },
  };
}
