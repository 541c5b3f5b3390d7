import './screens.css';
import { useState } from 'preact/hooks';
import type { Partner, RouteMap } from '../../routemap/types';
import { LANGUAGES } from '../../routemap/types';
import { PARTNER_GROUPS } from '../../routemap/schema';
import { own } from '../../routemap/own';
import { currentLanguage, t } from '../../i18n/i18n';
import { followLink, PAGES } from '../../navigation';
import { PartnerList } from '../parts/partner-list';
import { ScreenHeading } from '../parts/screen-heading';
import { SearchField } from '../parts/search-field';
import { describePhone } from '../parts/phone-description';
import { ShareApp } from '../parts/share-app';

/**
 * Everything a partner can be found by: its name, in both languages who it is and what for, and
 * the municipalities of its region ("Katwijk" finds the house that serves Katwijk).
 */
function searchableText(routeMap: RouteMap, partner: Partner): string {
  const region = partner.region === undefined ? undefined : own(routeMap.regions, partner.region);
  return [
    partner.name,
    ...(region?.municipalities ?? []),
    ...LANGUAGES.flatMap((language) => [
      partner.about[language],
      partner.purpose[language],
      ...partner.notes.map((note) => note[language]),
    ]),
  ]
    .join(' ')
    .toLocaleLowerCase('nl');
}

async function saveAll(routeMap: RouteMap): Promise<void> {
  const { downloadVCard, partnersVCard } = await import('../../platform/vcard');
  downloadVCard('signalenroutekaart-partners.vcf', partnersVCard(Object.values(routeMap.partners), currentLanguage(), describePhone));
}

interface Props {
  routeMap: RouteMap;
  region: string | undefined;
}

/** For the user who already knows whom to call: every partner, grouped, with a filter. */
export function PartnersScreen({ routeMap, region }: Props) {
  const [query, setQuery] = useState('');
  const words = query.toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
  const matches = Object.entries(routeMap.partners)
    .filter(([, partner]) => words.every((word) => searchableText(routeMap, partner).includes(word)))
    .map(([id]) => id);

  return (
    <>
      <ScreenHeading>{t('partners.heading')}</ScreenHeading>
      <p>{t('partners.intro')}</p>
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
            <PartnerList routeMap={routeMap} partnerIds={ids} region={region} headingLevel={3} />
          </section>
        );
      })}
      <p class="home-links">
        <button type="button" class="button button--quiet" onClick={() => void saveAll(routeMap)}>
          {t('partners.saveAll')}
        </button>
        <a class="button button--quiet" href={PAGES.map} onClick={followLink(PAGES.map)}>
          {t('home.mapLink')}
        </a>
        <a class="button button--quiet" href={PAGES.print} onClick={followLink(PAGES.print)}>
          {t('home.printLink')}
        </a>
      </p>
      <ShareApp />
    </>
  );
}
