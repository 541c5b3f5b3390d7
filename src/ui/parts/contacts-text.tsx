import type { Partner } from '../../routemap/types';
import { local } from '../../i18n/i18n';
import { displayUrl } from '../../platform/links';
import { describePhone } from './phone-description';

/** On paper: a partner's numbers (with what each is), addresses and notes, as text to read and dial. */
export function ContactsText({ partner }: { partner: Partner }) {
  const lines = [
    ...partner.phones.map((phone) => {
      const description = describePhone(partner, phone);
      return description ? `${phone.number} (${description})` : phone.number;
    }),
    ...partner.emails.map((email) => email.address),
    ...partner.websites.map((website) => displayUrl(website.url)),
  ];
  return (
    <>
      <p class="map-contacts">{lines.join(' · ')}</p>
      {partner.notes.map((note) => (
        <p class="quiet map-note">{local(note)}</p>
      ))}
    </>
  );
}
