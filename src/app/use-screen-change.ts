/** What changes with the screen beyond its content: the page's title, the scroll position, a passing notice. */
import { useEffect } from 'preact/hooks';
import type { HomeMap } from '../routemap/home-map';
import type { RouteMap } from '../routemap/types';
import type { StepOnRoute } from '../routemap/find-step';
import { useNewScreen, type Screen } from '../navigation';
import { local, mapTitle, t } from '../i18n/i18n';

/** Screens with a title of their own (WCAG 2.4.2); the home screen and the print view carry the map's. */
const PAGE_TITLES: Partial<Record<Screen['name'], string>> = {
  settings: 'app.pages.settings',
  partners: 'app.pages.partners',
  map: 'app.pages.map',
  editor: 'app.pages.editor',
  about: 'app.pages.about',
};

/**
 * What the tab and the task switcher show: a step's question, else its route; a page's name; else
 * the map. A step link the map does not have says so, once the map is in (`map` is the loaded one).
 */
export function screenTitle(screen: Screen, found: StepOnRoute | undefined, map: RouteMap | HomeMap, loaded: boolean): string {
  const step = found?.step;
  if (step?.type === 'question' || step?.type === 'choice') return `${local(step.text)} – ${t('app.short')}`;
  if (found) return `${local(found.route.title)} – ${t('app.short')}`;
  const page = PAGE_TITLES[screen.name] ?? (screen.name === 'step' && loaded ? 'app.pages.notFound' : undefined);
  return page ? `${t(page)} – ${t('app.short')}` : mapTitle(map);
}

export function useScreenChange(path: string, title: string, onNewScreen: () => void): void {
  useEffect(() => {
    document.title = title;
  }, [title]);

  // A new screen starts at the top. Not the first: the page has just loaded there, and a scroll
  // would force the page's first layout into the app's start-up task.
  useNewScreen(path, () => {
    window.scrollTo(0, 0);
    onNewScreen();
  });
}
