/**
 * The screen as a root of its own inside the shell, so start-up takes over the prerendered page in
 * two short pieces instead of one long one: first the shell (header, messages), then the screen,
 * at the browser's next idle moment or at the first touch, key or focus in it, whichever comes
 * first. Until then its links work as the plain links they are. After that the screen renders
 * with the shell, in the same task; only a new language waits for the next idle moment, so a
 * switch is two short tasks (the header, then the screen) rather than one long one.
 */
import { Fragment, hydrate, render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Language } from '../routemap/types';
import { whenIdle } from '../platform/idle';

/** Tells the shell's render to keep what is in the screen's element: the screen's root owns it. */
const OWNED_BY_SCREEN_ROOT = { __html: '' };
const FIRST_INTERACTION = ['pointerdown', 'keydown', 'focusin'] as const;

interface Props {
  /** A new path is a new screen: a new tree, so focus, scroll and state start afresh. */
  path: string;
  language: Language;
  /** The page's language: while the app is in it, the prerendered screen is taken over as it is. */
  pageLanguage: Language;
  /** Once the screen answers every tap. */
  onLive?: () => void;
  children: ComponentChildren;
}

/** At build time one tree renders the whole page; in the browser the screen has its own root. */
export const ScreenRoot = typeof document === 'undefined' ? PrerenderedScreen : LiveScreen;

function PrerenderedScreen({ path, children }: Props) {
  return <div data-prerendered={path}>{children}</div>;
}

/**
 * The path the page's screen was prerendered for, read before the shell's hydration can touch it:
 * a host that answers every path with the home page (a common setting) must not have the home's
 * markup taken over as another screen's.
 */
const prerenderedPath = () => document.querySelector<HTMLElement>('[data-prerendered]')?.dataset.prerendered;

function LiveScreen({ path, language, pageLanguage, onLive, children }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const screen = useRef<ReturnType<typeof screenIn> | undefined>(undefined);
  const prerenderedFor = useRef(prerenderedPath());
  useLayoutEffect(() => {
    screen.current ??= screenIn(element.current!, pageLanguage, prerenderedFor.current, onLive);
    screen.current.show(<Fragment key={path}>{children}</Fragment>, language, path);
  });
  useLayoutEffect(() => () => screen.current?.close(), []);
  return <div ref={element} dangerouslySetInnerHTML={OWNED_BY_SCREEN_ROOT} />;
}

/** The screen's root in `element`: what it shows, taking over the page's screen once. */
function screenIn(element: HTMLElement, pageLanguage: Language, prerenderedFor: string | undefined, onLive: (() => void) | undefined) {
  let content: ComponentChildren = null;
  let shownIn = pageLanguage;
  let live = false;
  let waiting = false;
  let rendering: Promise<void> | undefined;
  const goLive = (asPrerendered: boolean) => {
    if (live) return;
    live = true;
    for (const type of FIRST_INTERACTION) element.removeEventListener(type, goLiveAsPrerendered, true);
    // render() reuses the page's nodes where they match and leaves the rest: start from nothing.
    if (!asPrerendered) element.replaceChildren();
    (asPrerendered ? hydrate : render)(content, element);
    onLive?.();
  };
  const goLiveAsPrerendered = () => goLive(shownIn === pageLanguage);
  const renderWhenIdle = () =>
    (rendering ??= whenIdle().then(() => {
      rendering = undefined;
      render(content, element);
    }));
  return {
    show(next: ComponentChildren, language: Language, path: string): void {
      content = next;
      const newLanguage = language !== shownIn;
      shownIn = language;
      if (live) {
        if (newLanguage) void renderWhenIdle();
        else render(content, element);
      } else if (language !== pageLanguage || !element.firstChild || path !== prerenderedFor) goLive(false);
      else if (!waiting) {
        waiting = true;
        for (const type of FIRST_INTERACTION) element.addEventListener(type, goLiveAsPrerendered, true);
        void whenIdle().then(goLiveAsPrerendered);
      }
    },
    close: () => render(null, element),
  };
}
