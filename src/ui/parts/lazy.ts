import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadTexts, t } from '../../i18n/i18n';
import { ScreenUnavailable } from './screen-unavailable';

/** After this long without its code, a screen says it is still coming, with 112 and the partners. */
const SLOW_MS = 6000;

export type LazyComponent<P> = ComponentType<P> & { preload(): Promise<void> };

/**
 * A component whose code is fetched the first time it is needed (or preloaded once the first
 * screen is up), so the first paint does not pay for it. Cheaper than preact/compat's lazy.
 * It arrives with every interface text (i18next), which only the home screen can do without.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, slowMs = SLOW_MS): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), loadTexts()]).then(
      ([component]) => {
        loaded = component;
      },
      (error: unknown) => {
        loading = undefined;
        console.warn('A screen could not be loaded.', error);
      },
    ));

  function Lazy(props: P) {
    const [failed, setFailed] = useState(false);
    const [slow, setSlow] = useState(false);
    const [, setReady] = useState(false);
    // What this first render showed: the code may arrive (from the idle preload) after the
    // render and before the effect, and the effect must then still show it.
    const shownAtFirst = Boolean(loaded);
    useEffect(() => {
      if (shownAtFirst) return;
      let live = true;
      // A stalled fetch neither arrives nor fails: say so, and show the screen if it still comes.
      const timer = setTimeout(() => live && setSlow(true), slowMs);
      void preload().then(() => {
        clearTimeout(timer);
        if (live) loaded ? setReady(true) : setFailed(true);
      });
      return () => {
        live = false;
        clearTimeout(timer);
      };
    }, []);
    // Offline with a screen that never reached the cache: let the error boundary say so.
    if (failed && !loaded) throw new Error('A screen could not be loaded.');
    if (loaded) return h(loaded, props);
    return slow ? h(ScreenUnavailable, { role: 'status', heading: t('app.screenSlow') }) : null;
  }
  Lazy.preload = preload;
  return Lazy;
}
