import type { Partner, Term } from '../../routemap/types';
import { currentLanguage, local, t } from '../../i18n/i18n';
import { displayUrl } from '../../platform/links';
import { ContactActions } from './contact-actions';
import { CopyButton } from './copy-button';
import { PartnerDate } from './partner-date';
import { PartnerFor } from './partner-for';
import { Address } from './address';
import { AroundValue, TextWithContacts, VALUE } from './text-with-contacts';
import { describePhone } from './phone-description';
import { TermExplanations } from './term-explanations';

async function saveToContacts(id: string, partner: Partner): Promise<void> {
  const { downloadVCard, partnerVCard } = await import('../../platform/vcard');
  downloadVCard(`${id}.vcf`, partnerVCard(partner, currentLanguage(), describePhone));
}

/** One partner: who it is, what to contact it for, and every way to reach it. */
interface Props {
  partner: Partner;
  id: string;
  /** When the map's contacts were copied: the date of a partner nobody has verified since. */
  copied: string;
  /** 3 where the cards sit under group headings. */
  headingLevel?: 2 | 3;
  /** The map's explained words, for those the partner's texts use (the RIEC's accountmanager). */
  terms?: Term[];
}

/**
 * The actions come first, right under the name; who the partner is and what for, next; the
 * tools (copy, save to contacts, the date of the data) last.
 */
export function ContactCard({ partner, id, copied, headingLevel = 2, terms }: Props) {
  const name = partner.name;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <article class="card" aria-labelledby={`partner-${id}`} data-partner={id}>
      <Heading id={`partner-${id}`} class="card__name">
        {name}
      </Heading>
      <PartnerFor partner={partner} />
      <ContactActions partner={partner} />
      <p class="card__about">
        <TextWithContacts text={local(partner.about)} />
      </p>
      <p>
        <TextWithContacts text={local(partner.purpose)} />
      </p>
      {partner.notes.map((note) => (
        <p class="card__note">
          <TextWithContacts text={local(note)} />
        </p>
      ))}
      <TermExplanations terms={terms} texts={[local(partner.purpose), ...partner.notes.map((note) => local(note))]} />

      <div class="card__tools">
        {partner.phones.map((phone) => (
          <p class="contact__value">
            <span class="selectable nowrap">{phone.number}</span>
            <CopyButton value={phone.number} />
          </p>
        ))}
        {partner.emails.map((email) => (
          <p class="contact__value">
            <Address address={email.address} class="selectable" />
            <CopyButton value={email.address} />
          </p>
        ))}
        {partner.websites.map((website) => (
          <p class="contact__value contact__web">
            <AroundValue text={t('contact.website', { address: VALUE })}>
              <Address address={displayUrl(website.url)} />
            </AroundValue>
          </p>
        ))}
        <p>
          <button type="button" class="button button--quiet" onClick={() => void saveToContacts(id, partner)} aria-label={t('vcard.saveLabel', { name })}>
            {t('vcard.save')}
          </button>
        </p>
        <PartnerDate partner={partner} copied={copied} />
      </div>
    </article>
  );
}
