/** What changes with the screen beyond its content: the page's title, the scroll position, a passing notice. */
import { useEffect, useRef } from 'preact/hooks';
import type { HomeMap } from '../routemap/home-map';
import type { RouteMap } from '../routemap/types';
import type { StepOnRoute } from '../routemap/find-step';
import { local, mapTitle, t } from '../i18n/i18n';

/** A step's question, else its route, else the map: what the tab and the task switcher show. */
export function screenTitle(found: StepOnRoute | undefined, map: RouteMap | HomeMap): string {
  const step = found?.step;
  if (step?.type === 'question' || step?.type === 'choice') return `${local(step.text)} – ${t('app.short')}`;
  if (found) return `${local(found.route.title)} – ${t('app.short')}`;
  return mapTitle(map);
}

export function useScreenChange(path: string, title: string, onNewScreen: () => void): void {
  useEffect(() => {
    document.title = title;
  }, [title]);

  const screensShown = useRef(0);
  useEffect(() => {
    // A new screen starts at the top. Not the first: the page has just loaded there, and a scroll
    // would force the page's first layout into the app's start-up task.
    if (screensShown.current++ === 0) return;
    window.scrollTo(0, 0);
    onNewScreen();
  }, [path]);
}
