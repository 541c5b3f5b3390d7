/**
 * Which route map the screens show: the one read at start (IndexedDB, or the build's copy), then
 * a newer published one as it arrives; in the editor's preview frame, each draft the editor sends.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RouteMap } from '../routemap/types';
import type { LoadedRouteMap } from '../data/store';
import { whenIdle } from '../platform/idle';

/** What happened to the data, said once: until the user moves on to another screen. */
export type DataNotice = 'app.fallbackData' | 'data.updated';

export interface RouteMapInUse {
  /** Undefined until the route map is in; the home screen makes do with what is built in. */
  routeMap: RouteMap | undefined;
  /** The municipality stored with the settings, as read at start. */
  storedMunicipality: string | undefined;
  notice: DataNotice | undefined;
  /** With 'data.updated': the route map the update replaced, so the notice can name what changed. */
  replaced: RouteMap | undefined;
  clearNotice(): void;
}

interface Options {
  /** The editor's preview: show its drafts instead of watching the published file. */
  preview: boolean;
  /** Done in the first idle moment, before the published file is checked in the next. */
  atFirstIdle: () => Promise<void>;
  /** Once the route map is in and the published file checked once, or that stopped. */
  onSettled: () => void;
}

export function useRouteMap(routeMapLoading: Promise<LoadedRouteMap>, { preview, atFirstIdle, onSettled }: Options): RouteMapInUse {
  const [routeMap, setRouteMap] = useState<RouteMap>();
  const [storedMunicipality, setStoredMunicipality] = useState<string>();
  const [notice, setNotice] = useState<DataNotice>();
  const [replaced, setReplaced] = useState<RouteMap>();
  const latest = useRef(routeMap);
  latest.current = routeMap;

  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    const start = async () => {
      const loaded = await routeMapLoading;
      if (!live) return;
      setRouteMap(loaded.routeMap);
      setStoredMunicipality(loaded.settings.municipality);
      if (loaded.storedDataUnusable) setNotice('app.fallbackData');
      if (preview) {
        const { receivePreviews } = await import('./preview/receiver');
        if (live) stop = receivePreviews(setRouteMap);
        onSettled();
        return;
      }
      // None of this is needed for the home screen: one piece per idle moment.
      await whenIdle();
      await atFirstIdle();
      await whenIdle();
      const { watchPublishedRouteMap } = await import('../data/published');
      if (!live) return;
      stop = watchPublishedRouteMap(
        () => latest.current!,
        (newer) => {
          // Two updates before the user moves on: the notice names all that changed since the first.
          const before = latest.current;
          setReplaced((kept) => kept ?? before);
          setRouteMap(newer);
          setNotice('data.updated');
        },
        onSettled,
      );
    };
    // A piece that cannot load (the page is being left, or offline before it was cached) costs
    // nothing the user needs now: each is tried again on the next start.
    start().catch((error: unknown) => {
      console.warn('Start-up work after the first screen stopped.', error);
      onSettled();
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  const clearNotice = () => {
    setNotice(undefined);
    setReplaced(undefined);
  };
  return { routeMap, storedMunicipality, notice, replaced, clearNotice };
}

/** Starts reading the route map off the main path: the store's code is a chunk of its own. */
export const startLoadingRouteMap = async (): Promise<LoadedRouteMap> => (await import('../data/store')).loadRouteMap();
