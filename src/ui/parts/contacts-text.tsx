import type { Partner } from '../../routemap/types';
import { local } from '../../i18n/i18n';
import { displayUrl } from '../../platform/links';
import { describePhone } from './phone-description';
import { TextWithContacts } from './text-with-contacts';
import { Address } from './address';

/** On paper: a partner's numbers (with what each is), addresses and notes, as text to read and dial; no number broken over two lines, an address only between its parts (./address.tsx). */
export function ContactsText({ partner }: { partner: Partner }) {
  const items = [
    ...partner.phones.map((phone) => {
      const description = describePhone(partner, phone);
      return (
        <>
          <span class="nowrap">{phone.number}</span>
          {description && ` (${description})`}
        </>
      );
    }),
    ...partner.emails.map((email) => <Address address={email.address} />),
    ...partner.websites.map((website) => <Address address={displayUrl(website.url)} />),
  ];
  return (
    <>
      <p class="map-contacts">{items.map((item, i) => (i === 0 ? item : <> · {item}</>))}</p>
      {partner.notes.map((note) => (
        <p class="quiet map-note">
          <TextWithContacts text={local(note)} />
        </p>
      ))}
    </>
  );
}
