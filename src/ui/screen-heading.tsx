import type { ComponentChildren } from 'preact';

/**
 * A screen's h1. It takes focus when the screen changes (see App), so keyboard and screen
 * reader users land on, and hear, the new step.
 */
export function ScreenHeading({ children }: { children: ComponentChildren }) {
  return (
    <h1 id="screen-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
