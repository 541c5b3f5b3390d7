/**
 * Build time only (see scripts/vite-plugins.ts): the pages' HTML before any JavaScript runs.
 * Never part of the app's bundle.
 */
import { renderToString } from 'preact-render-to-string';
import { App } from './app/app';
import { homeMapOf } from './routemap/home-map';
import type { RouteMap } from './routemap/types';
import { AppHeader } from './ui/parts/app-header';

/** The home screen of the map the app is built with: title, its routes and "Bel 112". */
export async function prerenderHome(routeMap: RouteMap): Promise<string> {
  // Effects do not run here: the route map is never awaited.
  const routeMapLoading = new Promise<never>(() => undefined);
  return renderToString(<App homeMap={homeMapOf(routeMap)} routeMapLoading={routeMapLoading} />);
}

/** Every other path: the header with 112 and the language switch, and an empty screen. */
export async function prerenderShell(): Promise<string> {
  return renderToString(
    <>
      <AppHeader language="nl" onLanguage={() => undefined} />
      <main id="main" />
    </>,
  );
}
