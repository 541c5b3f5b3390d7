import { currentLanguage, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';

/** "Gegevens bijgewerkt op …": the date of the file. How old each contact is, each card says. */
export function DataDate({ checked }: { checked: string }) {
  return <p class="data-date">{t('data.checked', { date: formatDate(checked, currentLanguage()) })}</p>;
}
