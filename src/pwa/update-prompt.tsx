/**
 * Service-worker registration and its two messages: "ready offline" once, after the first
 * install, and "new version" when one waits. The app never reloads under the user. Rendered
 * inside the app's one message area (ui/parts/messages.tsx), which announces them.
 */
import { useEffect } from 'preact/hooks';
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { t } from '../i18n/i18n';
import { keepDataOnDevice } from './persist';

/** "Ready offline" is news, not a question: it goes by itself. */
const OFFLINE_READY_MS = 8000;

export function UpdatePrompt() {
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW() {
      // Once the app is on the device (or on a later launch, if the browser said no before).
      void keepDataOnDevice();
    },
    onRegisterError(error) {
      console.warn('The service worker could not be registered; the app works online only.', error);
    },
  });

  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh]);

  if (!offlineReady && !needRefresh) return null;
  const update = () => {
    // A page first loaded without a controller is not reloaded by workbox-window: do it once here.
    navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true });
    void updateServiceWorker(true);
  };
  const close = () => {
    setOfflineReady(false);
    setNeedRefresh(false);
  };
  return (
    <div class="notice message">
      <p>{needRefresh ? t('pwa.updateAvailable') : t('pwa.offlineReady')}</p>
      {needRefresh && (
        <button type="button" class="button button--primary" onClick={update}>
          {t('pwa.update')}
        </button>
      )}
      <button type="button" class="button button--quiet" onClick={close}>
        {t('pwa.dismiss')}
      </button>
    </div>
  );
}
