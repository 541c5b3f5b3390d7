import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language, RouteMap } from '../routemap/types';
import type { HomeMap } from '../routemap/home-map';
import { own } from '../routemap/own';
import { regionOf } from '../routemap/regions';
import { chooseLanguage, loadTexts, local, mapTitle, t } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { usePlace, walkTo } from './navigation';
import { useIdle, whenIdle } from '../platform/idle';
import type { LoadedRouteMap } from '../data/store';
import { PREVIEW_PARAM } from './preview/protocol';
import { AppHeader } from '../ui/parts/app-header';
import { HomeScreen } from '../ui/screens/home-screen';
import { lazyComponent } from './lazy';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { Messages } from '../ui/parts/messages';

// The home screen is in the main bundle; every other screen loads when first needed.
const StepScreen = lazyComponent(() => import('../ui/screens/step/step-screen').then((m) => m.StepScreen));
const PartnersScreen = lazyComponent(() => import('../ui/screens/partners-screen').then((m) => m.PartnersScreen));
const SettingsScreen = lazyComponent(() => import('../ui/screens/settings-screen').then((m) => m.SettingsScreen));
const NotFoundScreen = lazyComponent(() => import('../ui/screens/not-found-screen').then((m) => m.NotFoundScreen));
const PrintScreen = lazyComponent(() => import('../ui/screens/print-screen').then((m) => m.PrintScreen));
// For the map's maintainers only: never precached for field users (see vite.config.ts).
// Offline, with the editor's code not on this device: a screen that says so (its chunk is precached).
// try/await, not .then(ok, failed): Vite's preload wrapper (CSS) rejects outside a .then chain.
const EditorScreen = lazyComponent(async () => {
  try {
    // The editor adds its own texts to i18next as its module runs: i18next must be up first.
    await loadTexts();
    return (await import('../editor/editor-screen')).EditorScreen;
  } catch {
    return (await import('../ui/screens/editor-unavailable')).EditorUnavailable;
  }
});
// Service-worker glue is not needed for the first paint either.
const UpdatePrompt = lazyComponent(() => import('../pwa/update-prompt').then((m) => m.UpdatePrompt));

interface Props {
  /** What the home screen shows, built in: the home is live before the route map has loaded. */
  homeMap: HomeMap;
  /** The route map from IndexedDB (or the copy in the build), started before the first render. */
  routeMapLoading: Promise<LoadedRouteMap>;
  initialLanguage: Language;
  /** Once the route map is in and every screen can be answered. */
  onReady?: () => void;
}

/** Started by the editor (/beheer) in a frame, to show its draft on the real screens: stores nothing. */
const preview = typeof location !== 'undefined' && new URLSearchParams(location.search).has(PREVIEW_PARAM);

const loadStore = () => import('../data/store');

/** Reads the route map off the main path: the store's code is a chunk of its own. */
export const loadRouteMap = async (): Promise<LoadedRouteMap> => (await loadStore()).loadRouteMap();

export function App({ homeMap, routeMapLoading, initialLanguage, onReady }: Props) {
  const [language, setLanguage] = useState(initialLanguage);
  const [routeMap, setRouteMap] = useState<RouteMap>();
  // What happened to the data, said once: until the user moves on to another screen.
  const [dataNotice, setDataNotice] = useState<'app.fallbackData' | 'data.updated'>();
  const [municipality, setMunicipality] = useState<string>();
  const place = usePlace();
  const latestRouteMap = useRef(routeMap);
  latestRouteMap.current = routeMap;

  const { screen: where } = place;
  // Ids from the URL: only the map's own routes and steps count, never "constructor" and the like.
  const route = where.name === 'step' && routeMap ? own(routeMap.routes, where.routeId) : undefined;
  const stepId = where.name === 'step' ? (where.stepId ?? route?.start) : undefined;
  const step = route && stepId ? own(route.steps, stepId) : undefined;
  // A municipality no longer in the data counts as none chosen.
  const region = routeMap && regionOf(routeMap, municipality);
  const chosenMunicipality = region ? municipality : undefined;

  useEffect(() => {
    document.title =
      step?.type === 'question' || step?.type === 'choice'
        ? `${local(step.text)} – ${t('app.short')}`
        : route
          ? `${local(route.title)} – ${t('app.short')}`
          : mapTitle(routeMap ?? homeMap);
  }, [place.path, language, routeMap]);

  const screensShown = useRef(0);
  useEffect(() => {
    // A new screen starts at the top. Not the first: the page has just loaded there, and a scroll
    // would force the page's first layout into the app's start-up task.
    if (screensShown.current++ === 0) return;
    window.scrollTo(0, 0);
    setDataNotice(undefined);
  }, [place.path]);

  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    const start = async () => {
      const loaded = await routeMapLoading;
      if (!live) return;
      setRouteMap(loaded.routeMap);
      setMunicipality(loaded.settings.municipality);
      if (loaded.storedDataUnusable) setDataNotice('app.fallbackData');
      if (preview) {
        const { receivePreviews } = await import('./preview/receiver');
        if (live) stop = receivePreviews(setRouteMap);
        return;
      }
      // None of this is needed for the home screen: one piece per idle moment.
      await whenIdle();
      await StepScreen.preload();
      await whenIdle();
      const { watchPublishedRouteMap } = await import('../data/published');
      if (!live) return;
      stop = watchPublishedRouteMap(
        () => latestRouteMap.current!,
        (newer) => {
          setRouteMap(newer);
          setDataNotice('data.updated');
        },
      );
    };
    // A piece that cannot load (the page is being left, or offline before it was cached) costs
    // nothing the user needs now: each is tried again on the next start.
    start().catch((error: unknown) => console.warn('Start-up work after the first screen stopped.', error));
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  const ready = routeMap !== undefined;
  useEffect(() => void (ready && onReady?.()), [ready]);

  const switchLanguage = async (next: Language) => {
    await chooseLanguage(next, !preview);
    setLanguage(next);
  };

  const chooseMunicipality = async (next: string | undefined) => {
    // Confirm the choice only once it is stored, so it survives the app being closed right after.
    if (!preview) await (await loadStore()).storeMunicipality(next);
    setMunicipality(next);
  };

  // The service worker's glue waits until start-up is done.
  const idle = useIdle();

  let screen;
  if (where.name === 'home') {
    screen = <HomeScreen routeMap={routeMap ?? homeMap} municipality={chosenMunicipality} />;
  } else if (!routeMap) {
    // A moment, as on the shell page: the route map is on its way from the device.
    screen = null;
  } else if (where.name === 'settings') {
    screen = <SettingsScreen routeMap={routeMap} municipality={chosenMunicipality} onMunicipality={chooseMunicipality} />;
  } else if (where.name === 'partners') {
    screen = <PartnersScreen routeMap={routeMap} region={region} />;
  } else if (where.name === 'print') {
    screen = <PrintScreen routeMap={routeMap} />;
  } else if (where.name === 'editor') {
    screen = <EditorScreen routeMap={routeMap} />;
  } else if (where.name === 'step' && route && stepId && step) {
    screen = (
      <StepScreen
        routeMap={routeMap}
        routeId={where.routeId}
        route={route}
        stepId={stepId}
        trail={walkTo(place.trail, stepId)}
        region={region}
        municipality={chosenMunicipality}
        onMunicipality={chooseMunicipality}
      />
    );
  } else screen = <NotFoundScreen />;

  return (
    <>
      <AppHeader language={language} onLanguage={switchLanguage} />
      <main id="main">
        {/* A new screen is a new tree: focus, scroll and state start afresh. */}
        <div key={place.path}>
          <ScreenErrorBoundary>{screen}</ScreenErrorBoundary>
        </div>
        <Messages>
          {dataNotice && routeMap && <p class="notice">{t(dataNotice, { date: formatDate(routeMap.checked, language) })}</p>}
          {!preview && idle && <UpdatePrompt />}
        </Messages>
      </main>
    </>
  );
}
