import './screens.css';
import { useState } from 'preact/hooks';
import type { RouteMap } from '../../routemap/types';
import { municipalities } from '../../routemap/regions';
import { local, t } from '../../i18n/i18n';
import { followLink, goBack, PAGES } from '../../navigation';
import type { MunicipalityChoice } from '../parts/municipality-choice';
import { ScreenHeading } from '../parts/screen-heading';
import { SearchField } from '../parts/search-field';
import { matchesQuery } from '../parts/search';
import { ShareApp } from '../parts/share-app';
import { ReadinessLine } from '../parts/readiness-line';
import { hasMunicipalPartners } from '../../routemap/scope';

interface Props {
  routeMap: RouteMap;
  municipality: MunicipalityChoice;
}

/**
 * "Mijn gemeente": a search box that narrows a plain radio group, so keyboard and screen-reader
 * users get the platform's own behaviour (arrow keys, announced choices).
 */
export function SettingsScreen({ routeMap, municipality: { name: municipality, region, choose } }: Props) {
  const [query, setQuery] = useState('');
  const all = municipalities(routeMap);
  const shown = all.filter(({ name }) => matchesQuery(query, name));

  return (
    <>
      <ScreenHeading>{t('settings.heading')}</ScreenHeading>
      {/* First: whether this phone is ready for the day it is needed, months from now. */}
      <section aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">{t('readiness.heading')}</h2>
        <ReadinessLine />
      </section>
      {/* A map without regions has no partners that differ per municipality: nothing to choose. */}
      {all.length > 0 && (
        <>
          <h2>{t('settings.municipality')}</h2>
          <p>{t('settings.explain')}</p>
          {hasMunicipalPartners(routeMap) && <p>{t('region.municipal')}</p>}
          <p class="notice" role="status">
            {municipality && region ? t('settings.chosen', { municipality, region: local(routeMap.regions[region].name) }) : t('settings.none')}
          </p>
          {municipality && (
            <button type="button" class="button button--quiet" onClick={() => void choose(undefined)}>
              {t('settings.clear')}
            </button>
          )}
          <SearchField id="municipality-search" label={t('settings.search')} value={query} onInput={setQuery} result={t('settings.found', { count: shown.length })} />
          <fieldset class="municipalities">
            <legend class="visually-hidden">{t('settings.municipality')}</legend>
            {shown.map(({ name, region: itsRegion }) => (
              <label class="municipality">
                <input type="radio" name="municipality" value={name} checked={name === municipality} onChange={() => void choose(name)} />
                <span>{name}</span>
                <span class="quiet">{local(routeMap.regions[itsRegion].name)}</span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      <ShareApp />
      <nav class="step-nav" aria-label={t('settings.heading')}>
        <button type="button" class="button button--quiet" onClick={goBack}>
          {t('step.back')}
        </button>
        <a class="button button--quiet" href={PAGES.about} onClick={followLink(PAGES.about)}>
          {t('aboutLink')}
        </a>
      </nav>
      <p class="quiet">
        <a href={PAGES.editor} onClick={followLink(PAGES.editor)}>
          {t('settings.manage')}
        </a>
      </p>
    </>
  );
}
