/**
 * Service-worker registration and its two messages: "ready offline" once, after the first
 * install, and "new version" when one waits. The app never reloads under the user. Rendered
 * inside the app's one message area (ui/parts/messages.tsx), which announces them.
 */
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { t } from '../i18n/i18n';
import { useNewScreen } from '../navigation';
import { keepDataOnDevice } from './persist';

interface Props {
  /** The screen's path: "ready offline" is news, not a question, and goes when the user moves on. */
  screen: string;
}

export function UpdatePrompt({ screen }: Props) {
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

  // Not on a timer: a message that went while the user read at the foot of the page would pull
  // the page down under them, and what has focus under the way-on bar (WCAG 2.4.11).
  useNewScreen(screen, () => setOfflineReady(false));

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
