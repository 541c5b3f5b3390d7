import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHints, prerenderPages, previewLikeHost, routeMapData, SHELL_PAGE } from './scripts/vite-plugins';
import { REPO_DATA_FILE } from './scripts/route-map-file';
import { securityTxt } from './scripts/security-txt';

/** The app's own version, shown on "Over deze app" beside the data's. */
const APP_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

const routeMap = JSON.parse(readFileSync(REPO_DATA_FILE, 'utf8')) as {
  texts?: { title?: { nl: string } };
  routes: Record<string, { title: { nl: string }; start: string }>;
};

/**
 * The maintainers' editor (/beheer), the app's side of its preview and what only they need go to
 * assets/beheer/: field users never download them, and the service worker caches them at run time
 * rather than precaching them. By folder: whatever is added there follows.
 */
const EDITOR_FOLDER = 'assets/beheer';
const EDITOR_MODULES = ['/src/editor/', '/src/app/preview/', '/locales/beheer.', '/node_modules/libphonenumber-js/'];
const isEditorOnly = (moduleIds: readonly string[]) => moduleIds.length > 0 && moduleIds.every((id) => EDITOR_MODULES.some((part) => id.includes(part)));

/** Long-press shortcuts on Android: each route of the map, and all partners. */
function shortcuts() {
  const icon = (name: string) => (existsSync(`public/icons/shortcut-${name}.png`) ? [{ src: `/icons/shortcut-${name}.png`, sizes: '96x96', type: 'image/png' }] : []);
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
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  plugins: [
    routeMapData(),
    preact(),
    prerenderPages(),
    previewLikeHost(),
    compileHints(),
    securityTxt(),
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
        globIgnores: [`${EDITOR_FOLDER}/**`],
        // Once a maintainer opened /beheer, it works offline too. Hashed names: a cached file never changes.
        runtimeCaching: [
          {
            urlPattern: new RegExp(`/${EDITOR_FOLDER}/`),
            handler: 'CacheFirst',
            options: { cacheName: 'beheer', expiration: { maxEntries: 20 } },
          },
        ],
        // `/` is index.html (the prerendered home); every other app path gets the shell. Files are
        // left to the server, as nginx serves them: the data file opens as JSON, a missing asset is a
        // 404, /.well-known/security.txt is the host's text or a 404.
        navigateFallback: `/${SHELL_PAGE}`,
        navigateFallbackDenylist: [/^\/(assets|data|icons|\.well-known)\//, /^\/[^/]+\.[a-z0-9]+$/i],
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2020',
    // No <link rel="modulepreload"> per dependency of a lazy chunk: adding them cost the start a
    // long task (measured with npm run startup); the service worker has every chunk at hand anyway.
    modulePreload: false,
    // Read by scripts/size.mjs to know what the first visit loads.
    manifest: true,
    rollupOptions: {
      output: {
        chunkFileNames: (chunk) => `${isEditorOnly(chunk.moduleIds) ? EDITOR_FOLDER : 'assets'}/[name]-[hash].js`,
        assetFileNames: (asset) => `${asset.names.some((name) => name.startsWith('editor-screen')) ? EDITOR_FOLDER : 'assets'}/[name]-[hash][extname]`,
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
});
