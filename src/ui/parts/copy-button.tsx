import { useState } from 'preact/hooks';
import { copyText } from '../../platform/clipboard';
import { t } from '../../i18n/i18n';

/** Copies one value and says, politely to screen readers, whether it worked. */
export function CopyButton({ value }: { value: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus((await copyText(value)) ? t('contact.copied', { value }) : t('contact.copyFailed'));
  };
  return (
    <>
      <button type="button" class="button button--quiet" onClick={copy} aria-label={t('contact.copyLabel', { value })}>
        {t('contact.copy')}
      </button>
      <span class="copy-status" role="status">
        {status}
      </span>
    </>
  );
}
