/**
 * The app side of the editor's preview: loaded only in a `?voorbeeld` frame. Shows each route
 * map the editor sends, once the app's own validator accepts it.
 */
import type { RouteMap } from '../../routemap/types';
import { validateRouteMap } from '../../routemap/validate';
import { PREVIEW_READY } from '../../preview-protocol';

export function receivePreviews(show: (routeMap: RouteMap) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== location.origin || event.source !== window.parent) return;
    const validation = validateRouteMap((event.data as { routeMap?: unknown } | null)?.routeMap);
    if (validation.ok) show(validation.routeMap);
  };
  window.addEventListener('message', onMessage);
  window.parent.postMessage(PREVIEW_READY, location.origin);
  return () => window.removeEventListener('message', onMessage);
}
