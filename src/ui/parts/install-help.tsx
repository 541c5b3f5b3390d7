import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { canPromptInstall, isIosSafari, isStandalone, onInstallChange, promptInstall } from '../../pwa/install-event';

const IOS_HINT_DISMISSED = 'signalenroutekaart.iosHintDismissed';

function iosHintDismissed(): boolean {
  try {
    return localStorage.getItem(IOS_HINT_DISMISSED) === '1';
  } catch {
    return false;
  }
}

/** Safari's share icon, so the hint shows what to look for. */
function ShareIcon() {
  return (
    <svg class="share-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d="M12 3v12M7.5 7.5 12 3l4.5 4.5M6 11H5v10h14V11h-1" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

/** "Installeer de app" where the browser offers it; the manual steps on iPhone and iPad. */
export function InstallHelp() {
  const [installable, setInstallable] = useState(canPromptInstall);
  const [hideIosHint, setHideIosHint] = useState(iosHintDismissed);
  useEffect(() => {
    const update = () => setInstallable(canPromptInstall());
    const stop = onInstallChange(update);
    // The prompt may have arrived between the first render and this subscription.
    update();
    return stop;
  }, []);

  if (typeof window === 'undefined' || isStandalone()) return null;
  if (installable) {
    return (
      <p>
        <button type="button" class="button button--primary" onClick={() => void promptInstall()}>
          {t('install.button')}
        </button>
      </p>
    );
  }
  if (!isIosSafari() || hideIosHint) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(IOS_HINT_DISMISSED, '1');
    } catch {
      // Without storage the hint hides for this visit only.
    }
    setHideIosHint(true);
  };
  return (
    <section class="notice message install-hint" aria-labelledby="install-hint-heading">
      <h2 id="install-hint-heading">{t('install.iosHeading')}</h2>
      <ol>
        <li>
          {t('install.iosStep1')} <ShareIcon />
        </li>
        <li>{t('install.iosStep2')}</li>
      </ol>
      <button type="button" class="button button--quiet" onClick={dismiss}>
        {t('install.iosDismiss')}
      </button>
    </section>
  );
}
