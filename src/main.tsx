/**
 * Boot: the prerendered page becomes the live app in short pieces, each at an idle moment: the
 * shell (header with the language switch and 112) first, then the screen (see app/screen-root.tsx),
 * whose links work as plain links until then. The route map, started alongside, follows from
 * IndexedDB (see app/use-route-map.ts); another language is rendered over the Dutch page after that.
 * This module is the main bundle: keep what the home screen does not need out of it.
 */
import { hydrate } from 'preact';
import homeMap from 'virtual:home-map';
import { App } from './app/app';
import { startLoadingRouteMap } from './app/use-route-map';
import { whenIdle } from './platform/idle';
import './pwa/install-event';
import './styles.css';

function boot(routeMapLoading: ReturnType<typeof startLoadingRouteMap>): void {
  const root = document.getElementById('app')!;
  hydrate(
    <App
      homeMap={homeMap}
      routeMapLoading={routeMapLoading}
      // Every button on the page works (the tests wait for it).
      onLive={() => (root.dataset.live = 'true')}
      // Every screen can be answered.
      onReady={() => (root.dataset.ready = 'true')}
    />,
    root,
  );
}

// The build imports this module in Node to prerender the home screen: boot only in a browser.
// The route map's code and data are fetched while the page is taken over, in a task of its own.
if (typeof window !== 'undefined') {
  const routeMapLoading = startLoadingRouteMap();
  void whenIdle().then(() => boot(routeMapLoading));
}
