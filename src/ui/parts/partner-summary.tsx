import type { RouteMap } from '../../routemap/types';
import { local } from '../../i18n/i18n';
import { isFor } from '../../routemap/scope';
import { ByRegion } from './by-region';
import { ContactActions } from './contact-actions';
import { PartnerFor } from './partner-for';
import { TextWithContacts } from './text-with-contacts';
import { TermExplanations } from './term-explanations';

interface Props {
  routeMap: RouteMap;
  partnerIds: string[];
  municipality: string | undefined;
}

/** A compact list for the summary: each partner's name, why, and how to reach it. */
export function PartnerSummary({ routeMap, partnerIds, municipality }: Props) {
  const row = (id: string) => {
    const partner = routeMap.partners[id];
    return (
      <article class="summary-row" aria-labelledby={`summary-${id}`}>
        <h2 id={`summary-${id}`} class="summary-row__name">
          {partner.name}
        </h2>
        <PartnerFor partner={partner} />
        <p class="summary-row__why">
          <TextWithContacts text={local(partner.purpose)} />
        </p>
        <ContactActions partner={partner} />
      </article>
    );
  };
  return (
    <>
      <ByRegion routeMap={routeMap} partnerIds={partnerIds} municipality={municipality} partner={row} />
      <TermExplanations terms={routeMap.terms} texts={partnerIds.filter((id) => isFor(routeMap, id, municipality)).map((id) => local(routeMap.partners[id].purpose))} />
    </>
  );
}
