/**
 * Boot: the prerendered home screen becomes the live app at once, with what is built in (its
 * texts, its routes); the route map, started alongside, follows from IndexedDB (see app/use-route-map.ts).
 * This module is the main bundle: keep what the home screen does not need out of it.
 */
import { hydrate, render } from 'preact';
import homeMap from 'virtual:home-map';
import { App } from './app/app';
import { startLoadingRouteMap } from './app/use-route-map';
import { chooseLanguage, preferredLanguage } from './i18n/i18n';
import './pwa/install-event';
import './styles.css';

async function boot(routeMapLoading: ReturnType<typeof startLoadingRouteMap>): Promise<void> {
  const language = preferredLanguage();
  // The page is Dutch: another language needs its texts before the first render.
  if (language !== 'nl') await chooseLanguage(language, false);
  const root = document.getElementById('app')!;
  // Marks the moment the app answers every screen (the tests wait for it).
  const app = (
    <App homeMap={homeMap} routeMapLoading={routeMapLoading} initialLanguage={language} onReady={() => (root.dataset.ready = 'true')} />
  );
  // In Dutch the page is what the app would render: hydrate only attaches to it. In another
  // language render rewrites what differs, attributes (labels) included.
  (language === 'nl' ? hydrate : render)(app, root);
  // The home screen is live: every button works, before the route map has loaded.
  root.dataset.live = 'true';
}

// The build imports this module in Node to prerender the home screen: boot only in a browser.
// The route map's code and data are fetched while the page is taken over, in a task of its own:
// loading the script and taking over the page are then two short tasks on a slow phone.
if (typeof window !== 'undefined') {
  const routeMapLoading = startLoadingRouteMap();
  setTimeout(() => void boot(routeMapLoading), 0);
}
