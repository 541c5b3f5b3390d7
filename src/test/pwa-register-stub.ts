/** Stand-in for `virtual:pwa-register/preact`, which only exists inside a Vite build. */
export function useRegisterSW() {
  const state = [false, () => undefined] as const;
  return { needRefresh: state, offlineReady: state, updateServiceWorker: async () => undefined };
}
