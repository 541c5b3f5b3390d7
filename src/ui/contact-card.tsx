import type { Partner } from '../routemap/types';
import { currentLanguage, local, t } from '../i18n/i18n';
import { displayUrl, mailHref, telHref } from '../platform/links';
import { CopyButton } from './copy-button';
import { DataDate } from './data-date';

async function saveToContacts(id: string, partner: Partner): Promise<void> {
  const { downloadVCard, partnerVCard } = await import('../platform/vcard');
  downloadVCard(`${id}.vcf`, partnerVCard(partner, currentLanguage()));
}

/** One partner: who it is, what to contact it for, and every way to reach it. */
interface Props {
  partner: Partner;
  id: string;
  checked: string;
  /** 3 where the cards sit under group headings. */
  headingLevel?: 2 | 3;
}

export function ContactCard({ partner, id, checked, headingLevel = 2 }: Props) {
  const name = partner.name;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <article class="card" aria-labelledby={`partner-${id}`} data-partner={id}>
      <Heading id={`partner-${id}`} class="card__name">
        {name}
      </Heading>
      <p class="card__about">{local(partner.about)}</p>
      <p>{local(partner.purpose)}</p>
      {partner.notes.map((note) => (
        <p class="card__note">{local(note)}</p>
      ))}

      {partner.phones.map((phone) => (
        <div class="contact">
          {phone.label && <p class="contact__label">{local(phone.label)}</p>}
          <a class="button button--call" href={telHref(phone.number)}>
            {/* "Bel 112", not "Bel 112: 112". */}
            {phone.number === name ? t('contact.callNumber', { number: phone.number }) : t('contact.call', { name, number: phone.number })}
          </a>
          <p class="contact__value">
            <span class="selectable">{phone.number}</span>
            <CopyButton value={phone.number} />
          </p>
        </div>
      ))}

      {partner.emails.map((email) => (
        <div class="contact">
          <a class="button button--mail" href={mailHref(email.address)}>
            {t('contact.mail', { name, address: email.address })}
          </a>
          <p class="contact__value">
            <span class="selectable">{email.address}</span>
            <CopyButton value={email.address} />
          </p>
        </div>
      ))}

      {partner.websites.map((website, i) => (
        <div class="contact">
          <a
            class="weblink"
            href={website.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-describedby={`web-${id}-${i}`}
          >
            {t('contact.website', { address: displayUrl(website.url) })}
          </a>
          <p class="contact__hint" id={`web-${id}-${i}`}>
            {t('contact.needsNetwork')}
          </p>
        </div>
      ))}
      <p>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => void saveToContacts(id, partner)}
          aria-label={t('vcard.saveLabel', { name })}
        >
          {t('vcard.save')}
        </button>
      </p>
      <DataDate checked={checked} />
    </article>
  );
}
