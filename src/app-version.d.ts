/** The app's version from package.json, written into the build by vite.config.ts (and vitest.config.ts). */
declare const __APP_VERSION__: string;
