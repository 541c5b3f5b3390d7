import { isOutdated } from '../routemap/age';
import { currentLanguage, t } from '../i18n/i18n';
import { formatDate } from '../i18n/format';

/** "Gegevens gecontroleerd op …", with a calm warning once the check is over a year old. */
export function DataDate({ checked }: { checked: string }) {
  const outdated = isOutdated(checked, new Date());
  return (
    <>
      <p class="data-date">{t('data.checked', { date: formatDate(checked, currentLanguage()) })}</p>
      {outdated && <p class="notice notice--warning">{t('data.outdated')}</p>}
    </>
  );
}
