import { readFileSync } from 'node:fs';
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

export default defineConfig({
  plugins: [
    routeMapData(),
    preact(),
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
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
});
