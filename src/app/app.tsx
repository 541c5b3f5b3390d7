/** The app's shell: the header with 112, the screen the URL names, and the messages below it. */
import { useEffect } from 'preact/hooks';
import type { Language } from '../routemap/types';
import type { HomeMap } from '../routemap/home-map';
import { findStep } from '../routemap/find-step';
import { preferredLanguage, t } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { whenIdle } from '../platform/idle';
import { startUpPartDone } from '../platform/start-up';
import type { LoadedRouteMap } from '../data/store';
import { AppHeader } from '../ui/parts/app-header';
import { Messages } from '../ui/parts/messages';
import { usePlace } from '../navigation';
import { lazyComponent } from '../ui/parts/lazy';
import { inPreview } from '../preview-protocol';
import { preloadStepScreen, ScreenAt } from './screens';
import { PartErrorBoundary, ScreenErrorBoundary } from './screen-error-boundary';
import { ScreenRoot } from './screen-root';
import { AfterStart } from '../ui/parts/after-start';
import { screenTitle, useScreenChange } from './use-screen-change';
import { useRouteMap } from './use-route-map';
import { useLanguage, useMunicipality } from './use-settings';

// Service-worker glue is not needed for the first paint either.
const UpdatePrompt = lazyComponent(() => import('../pwa/update-prompt').then((m) => m.UpdatePrompt));
// Nor what a data update changed, which only a data update shows.
const ContactNewsList = lazyComponent(() => import('../ui/parts/contact-news').then((m) => m.ContactNewsList));

interface Props {
  /** What the home screen shows, built in: the home is live before the route map has loaded. */
  homeMap: HomeMap;
  /** The route map from IndexedDB (or the copy in the build), started before the first render. */
  routeMapLoading: Promise<LoadedRouteMap>;
  /** Once the screen on the page answers every tap. */
  onLive?: () => void;
  /** Once the route map is in and every screen can be answered. */
  onReady?: () => void;
}

/** The language of the page as built: the app starts in it, and switches after start when the user prefers another. */
const PAGE_LANGUAGE: Language = 'nl';

export function App({ homeMap, routeMapLoading, onLive, onReady }: Props) {
  const place = usePlace();
  const [language, switchLanguage] = useLanguage(PAGE_LANGUAGE, inPreview);
  const { routeMap, storedMunicipality, notice, replaced, clearNotice } = useRouteMap(routeMapLoading, {
    preview: inPreview,
    atFirstIdle: preloadStepScreen,
    onSettled: () => startUpPartDone('data'),
  });
  const municipality = useMunicipality(routeMap, storedMunicipality, inPreview);
  const { screen } = place;
  const found = screen.name === 'step' && routeMap ? findStep(routeMap, screen.routeId, screen.stepId) : undefined;
  useScreenChange(place.path, screenTitle(screen, found, routeMap ?? homeMap, routeMap !== undefined), clearNotice);

  const screenLive = () => {
    startUpPartDone('screen');
    onLive?.();
  };
  const ready = routeMap !== undefined;
  useEffect(() => void (ready && onReady?.()), [ready]);
  useEffect(() => {
    // Read after start: the first read of the browser's storage can take a while on a slow phone.
    void whenIdle()
      .then(() => {
        const preferred = preferredLanguage();
        if (preferred === PAGE_LANGUAGE) return;
        return switchLanguage(preferred, { remember: false, whenIdle: true });
      })
      .finally(() => startUpPartDone('language'));
  }, []);

  return (
    <>
      <AppHeader language={language} onLanguage={switchLanguage} />
      <main id="main">
        <ScreenRoot path={place.path} language={language} pageLanguage={PAGE_LANGUAGE} onLive={screenLive}>
          <ScreenErrorBoundary>
            <ScreenAt place={place} homeMap={homeMap} routeMap={routeMap} found={found} municipality={municipality} />
          </ScreenErrorBoundary>
        </ScreenRoot>
        <Messages>
          {notice && routeMap && (
            <div class="notice">
              <p>{t(notice, { date: formatDate(routeMap.checked, language) })}</p>
              {replaced && (
                <PartErrorBoundary>
                  <ContactNewsList before={replaced} after={routeMap} municipality={municipality.name} />
                </PartErrorBoundary>
              )}
            </div>
          )}
          {/* The service worker's glue waits until start-up is done. */}
          {!inPreview && (
            <AfterStart>
              <PartErrorBoundary>
                <UpdatePrompt screen={place.path} />
              </PartErrorBoundary>
            </AfterStart>
          )}
        </Messages>
      </main>
    </>
  );
}
