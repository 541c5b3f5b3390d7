import type { ComponentChildren } from 'preact';
import { useIdle } from '../../platform/idle';

/**
 * What may wait until start-up is done (install help, the service worker's glue): shown at the
 * first idle moment. A part of its own, so only it renders again then, not the screen around it.
 */
export function AfterStart({ children }: { children: ComponentChildren }) {
  return useIdle() ? children : null;
}
