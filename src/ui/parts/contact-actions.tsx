import type { Partner } from '../../routemap/types';
import { local, t } from '../../i18n/i18n';
import { describePhone } from './phone-description';
import { mailHref, telHref, webHref } from '../../platform/links';
import { Address } from './address';
import { AroundValue, VALUE } from './text-with-contacts';
import { isEmergency } from '../../routemap/schema';

/**
 * The ways to reach a partner, as large buttons: call, mail, or its website (needs internet).
 * A value the links refuse (see platform/links.ts) gets no button.
 * One rule for 112 wherever it appears: an emergency partner's call button is red.
 * Each button's lines are separate words to assistive technology too: the space between them
 * keeps the visible text inside the accessible name (WCAG 2.5.3), "Stuur een mail zoco@…".
 */
export function ContactActions({ partner }: { partner: Partner }) {
  const urgent = isEmergency(partner);
  return (
    <div class="actions">
      {partner.phones.map((phone) => {
        const href = telHref(phone.number);
        if (!href) return null;
        const description = describePhone(partner, phone);
        return (
          <a class={urgent ? 'button button--call button--emergency' : 'button button--call'} href={href}>
            <span>
              {/* Read out wrongly, a number split across lines reaches nobody. */}
              <AroundValue text={t('contact.call', { number: VALUE })}>
                <span class="nowrap">{phone.number}</span>
              </AroundValue>
            </span>
            {description && (
              <>
                {' '}
                <span class="button__sub">{description}</span>
              </>
            )}
          </a>
        );
      })}
      {partner.emails.map((email) => {
        const href = mailHref(email.address);
        if (!href) return null;
        // The address's parts would be read with gaps between them ("zoco@ shop-denhaag .nl"): name it whole.
        return (
          <a class="button button--mail" href={href} aria-label={`${t('contact.mail')} ${email.address}`}>
            <span>{t('contact.mail')}</span> <Address address={email.address} class="button__sub" />
          </a>
        );
      })}
      {partner.websites.map((website) => {
        const href = webHref(website.url);
        if (!href) return null;
        return (
          <a class="button button--web" href={href} target="_blank" rel="noopener noreferrer">
            <span>{website.label ? local(website.label) : t('contact.websiteOf', { name: partner.name })}</span> <span class="button__sub">{t('contact.needsInternet')}</span>
          </a>
        );
      })}
    </div>
  );
}
