import './screens.css';
import { useState } from 'preact/hooks';
import type { Partner, RouteMap } from '../../routemap/types';
import { LANGUAGES } from '../../routemap/types';
import { PARTNER_GROUPS } from '../../routemap/schema';
import { own } from '../../routemap/own';
import { isFor } from '../../routemap/scope';
import { currentLanguage, t } from '../../i18n/i18n';
import { followLink, PAGES } from '../../navigation';
import { PartnerList } from '../parts/partner-list';
import { ScreenHeading } from '../parts/screen-heading';
import { SearchField } from '../parts/search-field';
import { matchesQuery } from '../parts/search';
import { describePhone } from '../parts/phone-description';
import { ShareApp } from '../parts/share-app';
import { MunicipalityPicker } from '../parts/municipality-picker';
import type { MunicipalityChoice } from '../parts/municipality-choice';

/**
 * Everything a partner can be found by: its name, in both languages who it is and what for, and
 * the municipalities it serves ("Katwijk" finds the house that serves Katwijk, and Katwijk's own contacts).
 */
function searchableText(routeMap: RouteMap, partner: Partner): string {
  const region = partner.region === undefined ? undefined : own(routeMap.regions, partner.region);
  return [
    partner.name,
    ...(region?.municipalities ?? []),
    ...(partner.municipalities ?? []),
    ...LANGUAGES.flatMap((language) => [partner.about[language], partner.purpose[language], ...partner.notes.map((note) => note[language])]),
  ].join(' ');
}

/** The user's partners (all but other municipalities' own contacts, whatever the filter), as one file of contacts. */
async function saveAll(routeMap: RouteMap, ids: string[]): Promise<void> {
  const { downloadVCard, partnersVCard } = await import('../../platform/vcard');
  downloadVCard(
    'signalenroutekaart-partners.vcf',
    partnersVCard(
      ids.map((id) => routeMap.partners[id]),
      currentLanguage(),
      describePhone,
    ),
  );
}

interface Props {
  routeMap: RouteMap;
  municipality: MunicipalityChoice;
}

/** For the user who already knows whom to call: every partner, grouped, with a filter. */
export function PartnersScreen({ routeMap, municipality }: Props) {
  const [query, setQuery] = useState('');
  // Another municipality's own contacts are not the user's partners: not listed, not found, not saved.
  const theirs = Object.keys(routeMap.partners).filter((id) => isFor(routeMap, id, municipality.name));
  const matches = theirs.filter((id) => matchesQuery(query, searchableText(routeMap, routeMap.partners[id])));

  return (
    <>
      <ScreenHeading>{t('partners.heading')}</ScreenHeading>
      <p>{t('partners.intro')}</p>
      <MunicipalityPicker routeMap={routeMap} municipality={municipality} shownAs="list" />
      <SearchField
        id="partner-filter"
        label={t('partners.filter')}
        hint={t('partners.filterHint')}
        value={query}
        onInput={setQuery}
        result={matches.length === 0 ? t('partners.none') : t('partners.found', { count: matches.length })}
      />
      {PARTNER_GROUPS.map((group) => {
        const ids = matches.filter((id) => routeMap.partners[id].group === group);
        if (ids.length === 0) return null;
        return (
          <section aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`} class="group-heading">
              {t(`partners.group.${group}`)}
            </h2>
            <PartnerList routeMap={routeMap} partnerIds={ids} municipality={municipality.name} headingLevel={3} />
          </section>
        );
      })}
      <p class="home-links">
        <button type="button" class="button button--quiet" onClick={() => void saveAll(routeMap, theirs)}>
          {t('partners.saveAll')}
        </button>
        <a class="button button--quiet" href={PAGES.map} onClick={followLink(PAGES.map)}>
          {t('home.mapLink')}
        </a>
        <a class="button button--quiet" href={PAGES.print} onClick={followLink(PAGES.print)}>
          {t('home.printLink')}
        </a>
        <a class="button button--quiet" href={PAGES.about} onClick={followLink(PAGES.about)}>
          {t('aboutLink')}
        </a>
      </p>
      <ShareApp />
    </>
  );
}
