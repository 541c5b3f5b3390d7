import type { Partner } from '../../routemap/types';
import { currentLanguage, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { isOutdated } from '../../routemap/age';

/**
 * What a partner's date means: "Gecontroleerd op …" only for a day someone verified its contacts;
 * until then its contacts are as printed on the map, copied on `copied`.
 */
export function PartnerDate({ partner, copied }: { partner: Partner; copied: string }) {
  const date = partner.checked ?? copied;
  const text = partner.checked ? 'card.checked' : 'card.copied';
  return (
    <>
      <p class="data-date">{t(text, { date: formatDate(date, currentLanguage()) })}</p>
      {isOutdated(date, new Date()) && <p class="notice notice--warning">{t('card.outdated')}</p>}
    </>
  );
}
