import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadTexts } from '../i18n/i18n';

export type LazyComponent<P> = ComponentType<P> & { preload(): Promise<void> };

/**
 * A component whose code is fetched the first time it is needed (or preloaded once the first
 * screen is up), so the first paint does not pay for it. Cheaper than preact/compat's lazy.
 * It arrives with every interface text (i18next), which only the home screen can do without.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), loadTexts()]).then(
      ([component]) => void (loaded = component),
      (error: unknown) => {
        loading = undefined;
        console.warn('A screen could not be loaded.', error);
      },
    ));

  function Lazy(props: P) {
    const [failed, setFailed] = useState(false);
    const [, setReady] = useState(false);
    // What this first render showed: the code may arrive (from the idle preload) after the
    // render and before the effect, and the effect must then still show it.
    const shownAtFirst = Boolean(loaded);
    useEffect(() => {
      if (shownAtFirst) return;
      let live = true;
      void preload().then(() => live && (loaded ? setReady(true) : setFailed(true)));
      return () => void (live = false);
    }, []);
    // Offline with a screen that never reached the cache: let the error boundary say so.
    if (failed && !loaded) throw new Error('A screen could not be loaded.');
    return loaded ? h(loaded, props) : null;
  }
  Lazy.preload = preload;
  return Lazy;
}
