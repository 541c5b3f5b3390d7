import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { shareLink, shareSummary } from '../../platform/share';

/** "Deel": the step's link with a Dutch one-line summary; copies the link where there is no share sheet. */
export function ShareButton({ partnerNames }: { partnerNames: string[] }) {
  const [status, setStatus] = useState('');
  const share = async () => {
    // The step's own address: never a query (the editor's ?voorbeeld) or anything else after it.
    const result = await shareLink(`${location.origin}${location.pathname}`, shareSummary(partnerNames));
    setStatus(result === 'copied' ? t('share.copied') : result === 'failed' ? t('share.failed') : '');
  };
  return (
    <p class="share">
      <button type="button" class="button button--quiet" onClick={share}>
        {t('share.button')}
      </button>
      <span role="status">{status}</span>
    </p>
  );
}
