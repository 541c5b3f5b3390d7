import type { Partner } from '../routemap/types';
import { isOutdated } from '../routemap/age';
import { currentLanguage, t } from '../i18n/i18n';
import { formatDate } from '../i18n/format';

function OutdatedWarning({ date }: { date: string }) {
  return isOutdated(date, new Date()) ? <p class="notice notice--warning">{t('data.outdated')}</p> : null;
}

/** "Gegevens bijgewerkt op …", with a calm warning once the file is over a year old. */
export function DataDate({ checked }: { checked: string }) {
  return (
    <>
      <p class="data-date">{t('data.checked', { date: formatDate(checked, currentLanguage()) })}</p>
      <OutdatedWarning date={checked} />
    </>
  );
}

/**
 * What a partner's date means: "Gecontroleerd op …" only for a day someone verified its contacts;
 * until then its contacts are as printed on the map, copied on `copied`.
 */
export function PartnerDate({ partner, copied }: { partner: Partner; copied: string }) {
  const date = partner.checked ?? copied;
  const text = partner.checked ? 'data.partnerChecked' : 'data.partnerCopied';
  return (
    <>
      <p class="data-date">{t(text, { date: formatDate(date, currentLanguage()) })}</p>
      <OutdatedWarning date={date} />
    </>
  );
}
