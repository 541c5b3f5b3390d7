import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { describeProblems, validateRouteMap } from './src/routemap/validate';

const DATA_FILE = 'data/routekaart.json';

/** Refuses to build an app whose route map is broken: a wrong number can cost a victim their chance. */
function validateRouteMapFile(): Plugin {
  return {
    name: 'validate-route-map',
    buildStart() {
      let file: unknown;
      try {
        file = JSON.parse(readFileSync(DATA_FILE, 'utf8'));
      } catch (error) {
        this.error(`${DATA_FILE} is not valid JSON: ${(error as Error).message}`);
      }
      const result = validateRouteMap(file);
      if (!result.ok) this.error(`${DATA_FILE} has ${result.problems.length} problem(s):\n${describeProblems(result.problems)}`);
    },
  };
}

export default defineConfig({
  plugins: [
    validateRouteMapFile(),
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
