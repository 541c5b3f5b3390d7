import type { Partner, Phone } from '../../routemap/types';
import { phoneKind } from '../../routemap/phone-kind';
import { local, t } from '../../i18n/i18n';

/**
 * One rule for what a number is, wherever it appears (its button, the print view, a saved
 * contact): the map's own label ("Algemeen nummer van de politie: vraag naar AVIM"), else its
 * kind where the partner has more than one number ("Mobiel nummer").
 */
export function describePhone(partner: Pick<Partner, 'phones'>, phone: Phone): string | undefined {
  if (phone.label) return local(phone.label);
  const kind = phoneKind(partner, phone);
  return kind && t(`contact.${kind}`);
}
