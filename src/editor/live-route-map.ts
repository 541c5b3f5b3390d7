/**
 * The file the server publishes now, as the editor sees it: fetched when /beheer opens and when
 * the device comes online, and kept once known. Offline, nothing is known, and the editor says so.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RouteMap } from '../routemap/types';
import { fetchPublishedRouteMap } from '../data/published';

export type LiveRouteMap = { state: 'checking' } | { state: 'known'; routeMap: RouteMap } | { state: 'unknown' };

export function useLiveRouteMap(): LiveRouteMap {
  const [live, setLive] = useState<LiveRouteMap>(() => (navigator.onLine ? { state: 'checking' } : { state: 'unknown' }));
  useEffect(() => {
    let current = true;
    const check = async () => {
      const routeMap = navigator.onLine ? await fetchPublishedRouteMap() : undefined;
      if (current) setLive((known) => (routeMap ? { state: 'known', routeMap } : known.state === 'known' ? known : { state: 'unknown' }));
    };
    void check();
    window.addEventListener('online', check);
    return () => {
      current = false;
      window.removeEventListener('online', check);
    };
  }, []);
  return live;
}
