import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { copyText } from '../../platform/clipboard';
import { appAddress } from '../../platform/links';
import { shareLink } from '../../platform/share';
import { QrCode } from './qr-code';

/**
 * "Deel de app": how a colleague gets it. A QR code to scan from the other phone, the link to
 * copy or share, and how to put it on the home screen. Works offline: nothing is fetched.
 */
export function ShareApp() {
  const [status, setStatus] = useState('');
  const url = appAddress();
  const copy = async () => setStatus((await copyText(url)) ? t('shareApp.copied', { url }) : t('contact.copyFailed'));
  const share = async () => {
    const result = await shareLink(url, t('shareApp.shareText'));
    setStatus(result === 'copied' ? t('shareApp.copied', { url }) : result === 'failed' ? t('share.failed') : '');
  };
  return (
    <section class="share-app" aria-labelledby="share-app-heading">
      <h2 id="share-app-heading">{t('shareApp.heading')}</h2>
      <p>{t('shareApp.intro')}</p>
      <QrCode text={url} label={t('shareApp.qrLabel', { url })} />
      <p class="selectable share-app__url">{url}</p>
      <p class="share">
        <button type="button" class="button button--quiet" onClick={copy}>
          {t('shareApp.copy')}
        </button>
        {typeof navigator !== 'undefined' && typeof navigator.share === 'function' && (
          <button type="button" class="button button--quiet" onClick={share}>
            {t('shareApp.share')}
          </button>
        )}
        <span class="copy-status" role="status">
          {status}
        </span>
      </p>
      <p>
        <strong>{t('shareApp.installHeading')}</strong>
      </p>
      <ul>
        <li>{t('shareApp.android')}</li>
        <li>{t('shareApp.iphone')}</li>
      </ul>
    </section>
  );
}
