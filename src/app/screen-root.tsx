/**
 * The screen as a root of its own inside the shell, so start-up takes over the prerendered page in
 * two short pieces instead of one long one: first the shell (header, messages), then the screen,
 * at the browser's next idle moment or at the first touch, key or focus in it, whichever comes
 * first. Until then its links work as the plain links they are. After that the screen renders
 * with the shell, in the same task.
 */
import { Fragment, hydrate, render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { whenIdle } from '../platform/idle';

/** Tells the shell's render to keep what is in the screen's element: the screen's root owns it. */
const OWNED_BY_SCREEN_ROOT = { __html: '' };
const FIRST_INTERACTION = ['pointerdown', 'keydown', 'focusin'] as const;

interface Props {
  /** A new path is a new screen: a new tree, so focus, scroll and state start afresh. */
  path: string;
  /**
   * True while the screen would look as prerendered (in the page's language): then the page's
   * screen is taken over as it is. After a change the page cannot show, it is rendered over.
   */
  asPrerendered: boolean;
  /** Once the screen answers every tap. */
  onLive?: () => void;
  children: ComponentChildren;
}

/** At build time one tree renders the whole page; in the browser the screen has its own root. */
export const ScreenRoot = typeof document === 'undefined' ? PrerenderedScreen : LiveScreen;

function PrerenderedScreen({ children }: Props) {
  return <div>{children}</div>;
}

function LiveScreen({ path, asPrerendered, onLive, children }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const screen = useRef<ReturnType<typeof screenIn> | undefined>(undefined);
  useLayoutEffect(() => {
    screen.current ??= screenIn(element.current!, onLive);
    screen.current.show(<Fragment key={path}>{children}</Fragment>, asPrerendered);
  });
  useLayoutEffect(() => () => screen.current?.close(), []);
  return <div ref={element} dangerouslySetInnerHTML={OWNED_BY_SCREEN_ROOT} />;
}

/** The screen's root in `element`: what it shows, taking over the page's screen once. */
function screenIn(element: HTMLElement, onLive: (() => void) | undefined) {
  let content: ComponentChildren = null;
  let live = false;
  let waiting = false;
  const goLive = (asPrerendered: boolean) => {
    if (live) return;
    live = true;
    for (const type of FIRST_INTERACTION) element.removeEventListener(type, goLiveAsPrerendered, true);
    (asPrerendered ? hydrate : render)(content, element);
    onLive?.();
  };
  const goLiveAsPrerendered = () => goLive(true);
  return {
    show(next: ComponentChildren, asPrerendered: boolean): void {
      content = next;
      if (live) render(content, element);
      else if (!asPrerendered || !element.firstChild) goLive(false);
      else if (!waiting) {
        waiting = true;
        for (const type of FIRST_INTERACTION) element.addEventListener(type, goLiveAsPrerendered, true);
        void whenIdle().then(goLiveAsPrerendered);
      }
    },
    close: () => render(null, element),
  };
}
