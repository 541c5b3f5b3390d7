import type { Partner } from '../../routemap/types';
import { currentLanguage, t } from '../../i18n/i18n';
import { listOf } from '../../i18n/format';

/** "Alleen voor Katwijk en Noordwijk": said with a municipality's own contact, so nobody calls another town's. */
export function PartnerFor({ partner }: { partner: Partner }) {
  if (!partner.municipalities) return null;
  return <p class="quiet partner-for">{t('region.only', { municipalities: listOf(partner.municipalities, currentLanguage()) })}</p>;
}
