/**
 * Step URLs and the phone's back button. Each step has its own path (`/persoon/aangifte`);
 * history.state carries the walk so far, so the summary can list the partners it led to.
 * The walk lives only in this tab's history: nothing about a signal is stored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Screens with a fixed path, as opposed to the steps of a route. */
export const PAGES = {
  settings: '/instellingen',
  partners: '/partners',
  print: '/afdrukken',
  map: '/routekaart',
  editor: '/beheer',
  about: '/over',
} as const;

export type Page = keyof typeof PAGES;

export type Screen = { name: 'home' } | { name: Page } | { name: 'step'; routeId: string; stepId?: string };

export interface Place {
  path: string;
  screen: Screen;
  /** The steps walked on this route so far, ending with the current one. */
  trail: string[];
  /** How many screens deep into the app this history entry is; 0 for a link opened directly. */
  depth: number;
}

interface HistoryState {
  trail: string[];
  depth: number;
}

const NAVIGATED = 'signalenroutekaart:navigate';

let navigated = false;
// Registered before any component's listener, so screens mounting on back/forward see it.
// (No window while the home screen is prerendered at build time.)
if (typeof window !== 'undefined') window.addEventListener('popstate', () => (navigated = true));

/** False until the user first moves within the app: the first screen keeps the page's own focus. */
export function hasNavigated(): boolean {
  return navigated;
}

/** A path part as the user's link has it; a broken escape (a link cut off in a chat) stays as it is and names no step. */
function decodedPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function screenOf(pathname: string): Screen {
  const parts = pathname.split('/').filter(Boolean).map(decodedPart);
  if (parts.length === 0) return { name: 'home' };
  const page = (Object.keys(PAGES) as Page[]).find((name) => PAGES[name] === `/${parts[0]}`);
  if (page) return { name: page };
  return { name: 'step', routeId: parts[0], stepId: parts[1] };
}

export function stepPath(routeId: string, stepId: string): string {
  return `/${encodeURIComponent(routeId)}/${encodeURIComponent(stepId)}`;
}

function isHistoryState(value: unknown): value is HistoryState {
  const state = value as HistoryState | null;
  return Array.isArray(state?.trail) && typeof state?.depth === 'number';
}

function currentPlace(): Place {
  // At build time (prerendering the home screen) there is no location or history.
  const path = typeof location === 'undefined' ? '/' : location.pathname;
  const saved: unknown = typeof history === 'undefined' ? undefined : history.state;
  const state = isHistoryState(saved) ? saved : { trail: [], depth: 0 };
  return { path, screen: screenOf(path), ...state };
}

/**
 * The walk as far as this step, ending with it. A step opened from a link (nothing walked in this
 * tab yet) starts the walk, so an outcome the user was shown counts in the summary after it.
 */
export function walkTo(trail: string[], stepId: string): string[] {
  return trail.at(-1) === stepId ? trail : [...trail, stepId];
}

/** Goes to a path, adding the step to the walk; `replace` swaps the current entry instead. */
export function navigate(path: string, trail: string[], replace = false): void {
  const here = currentPlace();
  const state: HistoryState = { trail, depth: replace ? here.depth : here.depth + 1 };
  navigated = true;
  if (replace) history.replaceState(state, '', path);
  else history.pushState(state, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** An in-app link's click: navigate without reloading the page. */
export function followLink(path: string, trail: string[] = []) {
  return (event: MouseEvent) => {
    event.preventDefault();
    navigate(path, trail);
  };
}

/** One step back within the app, or home when the app was opened on this step. */
export function goBack(): void {
  if (currentPlace().depth > 0) history.back();
  else navigate('/', [], true);
}

export function usePlace(): Place {
  const [place, setPlace] = useState(currentPlace);
  useEffect(() => {
    const update = () => setPlace(currentPlace());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    // A tap between the first render and this effect (during start on a slow phone) has moved on already.
    if (currentPlace().path !== place.path) update();
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return place;
}

/** Calls `onNewScreen` each time `path` changes after the first render: the user moved on. */
export function useNewScreen(path: string, onNewScreen: () => void): void {
  const screensShown = useRef(0);
  useEffect(() => {
    if (screensShown.current++ > 0) onNewScreen();
  }, [path]);
}
