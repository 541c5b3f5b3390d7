import type { HomeMap } from '../../routemap/home-map';
import { local, mapTitle, t } from '../../i18n/i18n';
import { followLink, PAGES, stepPath } from '../../navigation';
import { ScreenHeading } from '../parts/screen-heading';
import { DataDate } from '../parts/data-date';
import { TermExplanations } from '../parts/term-explanations';
import { lazyComponent } from '../parts/lazy';
import { AfterStart } from '../parts/after-start';

// Only some browsers get install help, and only once start-up is done.
const InstallHelp = lazyComponent(() => import('../parts/install-help').then((m) => m.InstallHelp));

interface Props {
  /** The home's part of the route map: built in, or the whole map once it is in. */
  map: HomeMap;
  municipality: string | undefined;
}

/**
 * The map's title, its spirit in one line, and one entry per route: both routes on the first
 * screen of a small phone. Who it is for and the rest of the map's advice come after them.
 */
export function HomeScreen({ map, municipality }: Props) {
  const texts = map.texts ?? {};
  const below = [texts.intro, texts.gutFeeling, texts.consult].map((text) => text && local(text));
  return (
    <>
      <ScreenHeading>{mapTitle(map)}</ScreenHeading>
      {texts.spirit && <p class="spirit">{local(texts.spirit)}</p>}
      <h2 class="home-choose">{t('home.choose')}</h2>
      <ul class="routes">
        {Object.entries(map.routes).map(([id, route]) => (
          <li>
            <a class="route-entry" href={stepPath(id, route.start)} onClick={followLink(stepPath(id, route.start), [route.start])}>
              <span class="route-entry__title">{local(route.title)}</span>
              <span class="route-entry__when">{local(route.when)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={PAGES.map} onClick={followLink(PAGES.map)}>
          {t('home.mapLink')}
        </a>
      </p>
      {below.map((text) => text && <p>{text}</p>)}
      <TermExplanations terms={map.terms} texts={below} />
      <p>
        <a class="button button--primary" href={PAGES.partners} onClick={followLink(PAGES.partners)}>
          {t('home.partnersLink')}
        </a>
      </p>
      <p class="home-links">
        {municipality && <span>{t('home.municipality', { municipality })}</span>}
        <a class="button button--quiet" href={PAGES.settings} onClick={followLink(PAGES.settings)}>
          {t('home.settingsLink')}
        </a>
        <a class="button button--quiet" href={PAGES.print} onClick={followLink(PAGES.print)}>
          {t('home.printLink')}
        </a>
      </p>
      <p class="quiet">{t('home.offline')}</p>
      <DataDate checked={map.checked} />
      {/* Last, so it appears without moving anything above it. */}
      <AfterStart>
        <InstallHelp />
      </AfterStart>
    </>
  );
}
