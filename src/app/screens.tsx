/** Which screen a place in the app shows. The home screen is in the main bundle; every other loads when first needed. */
import type { RouteMap } from '../routemap/types';
import type { HomeMap } from '../routemap/home-map';
import type { StepOnRoute } from '../routemap/find-step';
import { loadTexts } from '../i18n/i18n';
import { HomeScreen } from '../ui/screens/home-screen';
import { lazyComponent } from '../ui/parts/lazy';
import { walkTo, type Place } from '../navigation';
import type { MunicipalityChoice } from '../ui/parts/municipality-choice';

const StepScreen = lazyComponent(() => import('../ui/screens/step/step-screen').then((m) => m.StepScreen));
const PartnersScreen = lazyComponent(() => import('../ui/screens/partners-screen').then((m) => m.PartnersScreen));
const SettingsScreen = lazyComponent(() => import('../ui/screens/settings-screen').then((m) => m.SettingsScreen));
const NotFoundScreen = lazyComponent(() => import('../ui/screens/not-found-screen').then((m) => m.NotFoundScreen));
const PrintScreen = lazyComponent(() => import('../ui/screens/print-screen').then((m) => m.PrintScreen));
const MapScreen = lazyComponent(() => import('../ui/screens/map-screen').then((m) => m.MapScreen));

// Its long texts are a namespace of their own, added as its module runs: i18next must be up first.
const AboutScreen = lazyComponent(async () => {
  await loadTexts();
  return (await import('../ui/screens/about-screen')).AboutScreen;
});

/** The screen most likely next (a tap on a route): fetched in the first idle moment. */
export const preloadStepScreen = StepScreen.preload;
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

interface Props {
  place: Place;
  homeMap: HomeMap;
  routeMap: RouteMap | undefined;
  /** The step the place names, when it names one the map has. */
  found: StepOnRoute | undefined;
  municipality: MunicipalityChoice;
}

export function ScreenAt({ place, homeMap, routeMap, found, municipality }: Props) {
  const { screen } = place;
  if (screen.name === 'home') return <HomeScreen map={routeMap ?? homeMap} municipality={municipality.name} />;
  // A moment, as on the shell page: the route map is on its way from the device.
  if (!routeMap) return null;
  if (screen.name === 'settings') return <SettingsScreen routeMap={routeMap} municipality={municipality} />;
  if (screen.name === 'partners') return <PartnersScreen routeMap={routeMap} municipality={municipality} />;
  if (screen.name === 'print') return <PrintScreen routeMap={routeMap} municipality={municipality} />;
  if (screen.name === 'map') return <MapScreen routeMap={routeMap} municipality={municipality} />;
  if (screen.name === 'editor') return <EditorScreen routeMap={routeMap} />;
  if (screen.name === 'about') return <AboutScreen routeMap={routeMap} />;
  if (screen.name === 'step' && found) {
    return <StepScreen routeMap={routeMap} at={found} trail={walkTo(place.trail, found.stepId)} municipality={municipality} />;
  }
  return <NotFoundScreen />;
}
