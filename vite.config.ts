import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { checkRouteMapFile, REPO_DATA_FILE } from './scripts/route-map-file';

/** Where the app fetches current contacts from; the same file is built into the app as fallback. */
const PUBLISHED_DATA_PATH = 'data/routekaart.json';

/**
 * Refuses to build an app whose route map is broken (a wrong number can cost a victim their
 * chance), and publishes the checked file beside the app for updates.
 */
function routeMapData(): Plugin {
  return {
    name: 'route-map-data',
    buildStart() {
      const problems = checkRouteMapFile(REPO_DATA_FILE);
      if (problems.length > 0) {
        this.error(
          `${REPO_DATA_FILE} has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
        );
      }
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PUBLISHED_DATA_PATH, source: readFileSync(REPO_DATA_FILE, 'utf8') });
    },
    configureServer(server) {
      server.middlewares.use(`/${PUBLISHED_DATA_PATH}`, (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(readFileSync(REPO_DATA_FILE, 'utf8'));
      });
    },
  };
}

/**
 * Build only: renders the home screen into index.html and inlines the (small) stylesheet, so the
 * title, both routes and "Bel 112" show before any JavaScript runs. Then locks the page down with
 * a Content-Security-Policy: no inline script, only this stylesheet by its hash.
 */
function prerenderHome(): Plugin {
  return {
    name: 'prerender-home',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      let html = String(page.source);

      const { tsImport } = await import('tsx/esm/api');
      const { prerender } = await tsImport(pathToFileURL(resolve('src/prerender.tsx')).href, import.meta.url);
      html = html.replace('<div id="app"></div>', `<div id="app">${await prerender()}</div>`);

      const stylesheet = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(html);
      const css = stylesheet && bundle[stylesheet[1]];
      if (!stylesheet || css?.type !== 'asset') this.error('index.html has no stylesheet to inline');
      const style = String(css.source);
      html = html.replace(stylesheet[0], () => `<style>${style}</style>`);
      delete bundle[stylesheet[1]];

      const styleHash = createHash('sha256').update(style).digest('base64');
      const policy = [
        "default-src 'self'",
        "script-src 'self'",
        `style-src 'self' 'sha256-${styleHash}'`,
        "img-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ].join('; ');
      html = html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <meta name="referrer" content="no-referrer" />`,
      );
      if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) this.error('index.html must not contain inline scripts');
      page.source = html;
    },
  };
}

export default defineConfig({
  plugins: [
    routeMapData(),
    preact(),
    prerenderHome(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'favicon.ico', 'apple-touch-icon.png', 'robots.txt'],
      manifest: {
        id: '/',
        name: 'Signalenroutekaart mensenhandel',
        short_name: 'Routekaart',
        description:
          'Van signaal van mensenhandel naar de juiste partner: de signalenroutekaart voor de gemeenten van politie-eenheid Den Haag, ook zonder internet.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#154273',
        background_color: '#ffffff',
        categories: ['government', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Icons are listed by the manifest and includeAssets; globbing them too would precache twice.
        globPatterns: ['**/*.{js,css,html}'],
        navigateFallback: '/index.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2020',
    // Read by scripts/size.mjs to know what the first visit loads.
    manifest: true,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
});
