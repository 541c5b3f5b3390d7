import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterStartUp } from '../../platform/start-up';

/**
 * What may wait until start-up is done (install help, the service worker's glue): shown at the
 * first idle moment after it (platform/start-up.ts). A part of its own, so only it renders again
 * then, not the screen around it.
 */
export function AfterStart({ children }: { children: ComponentChildren }) {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    let live = true;
    void afterStartUp().then(() => live && setStarted(true));
    return () => {
      live = false;
    };
  }, []);
  return started ? children : null;
}
