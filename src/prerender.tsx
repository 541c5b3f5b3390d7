/**
 * Build time only (see vite.config.ts): the home screen as HTML, so the title, both routes and
 * "Bel 112" appear before any JavaScript runs. Never part of the app's bundle.
 */
import { renderToString } from 'preact-render-to-string';
import shipped from '../data/routekaart.json';
import { App } from './app';
import { initI18n } from './i18n/i18n';
import type { RouteMap } from './routemap/types';

export async function prerender(): Promise<string> {
  await initI18n();
  const loaded = { routeMap: shipped as RouteMap, source: 'shipped' as const, settings: {} };
  return renderToString(<App loaded={loaded} initialLanguage="nl" />);
}
