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
  render(<App loaded={loaded} initialLanguage={language} />, document.getElementById('app')!);
}

void boot();
