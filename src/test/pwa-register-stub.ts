/** Stand-in for `virtual:pwa-register/preact`, which only exists inside a Vite build. */
import { useState } from 'preact/hooks';

/** What the service worker has said when the next component using it mounts: tests set it. */
export const registered = { offlineReady: false, needRefresh: false };

export function useRegisterSW() {
  const offlineReady = useState(registered.offlineReady);
  const needRefresh = useState(registered.needRefresh);
  return { needRefresh, offlineReady, updateServiceWorker: async () => undefined };
}
