import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Language, RouteMap } from './routemap/types';
import { chooseLanguage, local, t } from './i18n/i18n';
import { usePlace } from './navigation';
import { AppHeader } from './ui/app-header';
import { HomeScreen } from './ui/home-screen';
import { StepScreen } from './ui/step-screen';
import { NotFoundScreen } from './ui/not-found-screen';
import { formatDate } from './i18n/format';
import type { LoadedRouteMap } from './data/store';


interface Props {
  loaded: LoadedRouteMap;
  initialLanguage: Language;
}

export function App({ loaded, initialLanguage }: Props) {
  const [language, setLanguage] = useState(initialLanguage);
  const [UpdatePrompt, setUpdatePrompt] = useState<(() => JSX.Element | null) | null>(null);
  const place = usePlace();
  const routeMap: RouteMap = loaded.routeMap;
  const firstRender = useRef(true);

  const route = place.screen.name === 'step' ? routeMap.routes[place.screen.routeId] : undefined;
  const stepId = place.screen.name === 'step' ? (place.screen.stepId ?? route?.start) : undefined;
  const step = route && stepId ? route.steps[stepId] : undefined;

  useEffect(() => {
    document.title = step?.type === 'question' || step?.type === 'choice'
      ? `${local(step.text)} – ${t('app.short')}`
      : route ? `${local(route.title)} – ${t('app.short')}` : t('app.title');
  }, [place.path, language]);

  useEffect(() => {
    // Move focus to the new screen's heading, but not on the first load: the page starts at the top.
    if (firstRender.current) firstRender.current = false;
    else document.getElementById('screen-heading')?.focus();
    window.scrollTo(0, 0);
  }, [place.path]);

  useEffect(() => {
    // Service-worker glue is not needed for the first paint: load it once the screen is up.
    void import('./pwa/update-prompt').then((module) => setUpdatePrompt(() => module.default));
  }, []);

  const switchLanguage = async (next: Language) => {
    await chooseLanguage(next);
    setLanguage(next);
  };

  let screen;
  if (place.screen.name === 'home') screen = <HomeScreen routeMap={routeMap} />;
  else if (route && stepId && step) {
    screen = (
      <StepScreen routeMap={routeMap} routeId={place.screen.routeId} route={route} stepId={stepId} trail={place.trail} />
    );
  } else screen = <NotFoundScreen />;

  return (
    <>
      <AppHeader language={language} onLanguage={switchLanguage} />
      {UpdatePrompt && <UpdatePrompt />}
      <main id="main" key={`${place.path}|${language}`}>
        {loaded.storedDataUnusable && (
          <p class="notice" role="status">
            {t('app.fallbackData', { date: formatDate(routeMap.checked, language) })}
          </p>
        )}
        {screen}
      </main>
    </>
  );
}
