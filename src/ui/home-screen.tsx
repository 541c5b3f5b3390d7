import type { RouteMap } from '../routemap/types';
import { local, t } from '../i18n/i18n';
import { navigate, stepPath } from '../navigation';
import { ScreenHeading } from './screen-heading';

/** The map's title, its spirit in three sentences, and one entry per route. */
export function HomeScreen({ routeMap }: { routeMap: RouteMap }) {
  return (
    <>
      <ScreenHeading>{t('app.title')}</ScreenHeading>
      <p>{t('home.forWhom')}</p>
      <p>{t('home.gutFeeling')}</p>
      <p>{t('home.callOften')}</p>
      <h2>{t('home.choose')}</h2>
      <ul class="routes">
        {Object.entries(routeMap.routes).map(([id, route]) => {
          const path = stepPath(id, route.start);
          return (
            <li>
              <a
                class="route-entry"
                href={path}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(path, [route.start]);
                }}
              >
                <span class="route-entry__title">{local(route.title)}</span>
                <span class="route-entry__when">{local(route.when)}</span>
              </a>
            </li>
          );
        })}
      </ul>
      <p class="quiet">{t('home.offline')}</p>
    </>
  );
}
