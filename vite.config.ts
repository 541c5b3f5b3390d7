import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderPages, previewLikeHost, routeMapData, SHELL_PAGE } from './scripts/vite-plugins';
import { REPO_DATA_FILE } from './scripts/route-map-file';

const routeMap = JSON.parse(readFileSync(REPO_DATA_FILE, 'utf8')) as {
  texts?: { title?: { nl: string } };
  routes: Record<string, { title: { nl: string }; start: string }>;
};

/** Long-press shortcuts on Android: each route of the map, and all partners. */
function shortcuts() {
  const icon = (name: string) =>
    existsSync(`public/icons/shortcut-${name}.png`) ? [{ src: `/icons/shortcut-${name}.png`, sizes: '96x96', type: 'image/png' }] : [];
  return [
    ...Object.entries(routeMap.routes).map(([id, route]) => ({
      name: route.title.nl,
      short_name: route.title.nl.split(' (')[0],
      url: `/${id}/${route.start}`,
      icons: icon(id),
    })),
    { name: 'Alle partners', short_name: 'Partners', url: '/partners', icons: icon('partners') },
  ];
}

export default defineConfig({
  plugins: [
    routeMapData(),
    preact(),
    prerenderPages(),
    previewLikeHost(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'favicon.ico', 'apple-touch-icon.png', 'robots.txt'],
      manifest: {
        id: '/',
        name: routeMap.texts?.title?.nl ?? 'Signalenroutekaart mensenhandel',
        short_name: 'Routekaart',
        description: 'Van signaal van mensenhandel naar de juiste partner, ook zonder internet.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#154273',
        background_color: '#ffffff',
        categories: ['government', 'utilities'],
        shortcuts: shortcuts(),
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Icons are listed by the manifest and includeAssets; globbing them too would precache twice.
        globPatterns: ['**/*.{js,css,html}'],
        // `/` is index.html (the prerendered home); every other app path gets the shell.
        navigateFallback: `/${SHELL_PAGE}`,
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
