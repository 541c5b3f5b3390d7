import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language, RouteMap } from './routemap/types';
import { regionOf } from './routemap/regions';
import { chooseLanguage, local, t } from './i18n/i18n';
import { formatDate } from './i18n/format';
import { usePlace } from './navigation';
import { storeMunicipality, type LoadedRouteMap } from './data/store';
import { AppHeader } from './ui/app-header';
import { HomeScreen } from './ui/home-screen';
import { StepScreen } from './ui/step-screen';
import { SettingsScreen } from './ui/settings-screen';
import { NotFoundScreen } from './ui/not-found-screen';
import { PartnersScreen } from './ui/partners-screen';
import type { PrintScreen as PrintScreenType } from './ui/print-screen';

interface Props {
  loaded: LoadedRouteMap;
  initialLanguage: Language;
}

export function App({ loaded, initialLanguage }: Props) {
  const [language, setLanguage] = useState(initialLanguage);
  const [routeMap, setRouteMap] = useState<RouteMap>(loaded.routeMap);
  const [updated, setUpdated] = useState(false);
  const [municipality, setMunicipality] = useState(loaded.settings.municipality);
  const [UpdatePrompt, setUpdatePrompt] = useState<(() => JSX.Element | null) | null>(null);
  const [PrintScreen, setPrintScreen] = useState<typeof PrintScreenType | null>(null);
  const place = usePlace();
  const latestRouteMap = useRef(routeMap);
  latestRouteMap.current = routeMap;
  const firstRender = useRef(true);

  const { screen: where } = place;
  const route = where.name === 'step' ? routeMap.routes[where.routeId] : undefined;
  const stepId = where.name === 'step' ? (where.stepId ?? route?.start) : undefined;
  const step = route && stepId ? route.steps[stepId] : undefined;
  // A municipality no longer in the data counts as none chosen.
  const region = regionOf(routeMap, municipality);

  useEffect(() => {
    document.title =
      step?.type === 'question' || step?.type === 'choice'
        ? `${local(step.text)} – ${t('app.short')}`
        : route
          ? `${local(route.title)} – ${t('app.short')}`
          : t('app.title');
  }, [place.path, language, routeMap]);

  useEffect(() => {
    // Move focus to the new screen's heading, but not on the first load: the page starts at the top.
    if (firstRender.current) firstRender.current = false;
    else document.getElementById('screen-heading')?.focus();
    window.scrollTo(0, 0);
  }, [place.path]);

  useEffect(() => {
    // The print view is rarely used: fetch it only when asked for.
    if (where.name === 'print' && !PrintScreen) {
      void import('./ui/print-screen').then((module) => setPrintScreen(() => module.PrintScreen));
    }
  }, [where.name]);

  useEffect(() => {
    // Neither is needed for the first paint: load them once the screen is up.
    void import('./pwa/update-prompt').then((module) => setUpdatePrompt(() => module.default));
    let stop: (() => void) | undefined;
    void import('./data/published').then(({ watchPublishedRouteMap }) => {
      stop = watchPublishedRouteMap(
        () => latestRouteMap.current,
        (newer) => {
          setRouteMap(newer);
          setUpdated(true);
        },
      );
    });
    return () => stop?.();
  }, []);

  const switchLanguage = async (next: Language) => {
    await chooseLanguage(next);
    setLanguage(next);
  };

  const chooseMunicipality = async (next: string | undefined) => {
    // Confirm the choice only once it is stored, so it survives the app being closed right after.
    await storeMunicipality(next);
    setMunicipality(next);
  };

  let screen;
  if (where.name === 'home') {
    screen = <HomeScreen routeMap={routeMap} municipality={region ? municipality : undefined} />;
  } else if (where.name === 'settings') {
    screen = <SettingsScreen routeMap={routeMap} municipality={region ? municipality : undefined} onMunicipality={chooseMunicipality} />;
  } else if (where.name === 'partners') {
    screen = <PartnersScreen routeMap={routeMap} region={region} />;
  } else if (where.name === 'print') {
    screen = PrintScreen ? <PrintScreen routeMap={routeMap} /> : null;
  } else if (where.name === 'step' && route && stepId && step) {
    screen = (
      <StepScreen routeMap={routeMap} routeId={where.routeId} route={route} stepId={stepId} trail={place.trail} region={region} />
    );
  } else screen = <NotFoundScreen />;

  return (
    <>
      <AppHeader language={language} onLanguage={switchLanguage} />
      {UpdatePrompt && <UpdatePrompt />}
      <main id="main" key={`${place.path}|${language}`}>
        {loaded.storedDataUnusable && !updated && (
          <p class="notice" role="status">
            {t('app.fallbackData', { date: formatDate(routeMap.checked, language) })}
          </p>
        )}
        {updated && (
          <p class="notice" role="status">
            {t('data.updated', { date: formatDate(routeMap.checked, language) })}
          </p>
        )}
        {screen}
      </main>
    </>
  );
}
