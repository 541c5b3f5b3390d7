/**
 * Boot: language, then the route map from IndexedDB, then the first screen.
 * This module is part of the main bundle: keep what the first screen does not need out of it.
 */
import { render } from 'preact';
import { App } from './app';
import { startI18n } from './i18n/i18n';
import { loadRouteMap } from './data/store';
import './pwa/install-event';
import './styles.css';

async function boot(): Promise<void> {
  const [language, loaded] = await Promise.all([startI18n(), loadRouteMap()]);
  // Takes over the prerendered home screen, reusing its DOM where it matches.
  const root = document.getElementById('app')!;
  render(<App loaded={loaded} initialLanguage={language} />, root);
  // Marks the moment the prerendered page became the live app (the tests wait for it).
  root.dataset.ready = 'true';
}

// The build imports this module in Node to prerender the home screen: boot only in a browser.
if (typeof window !== 'undefined') void boot();
