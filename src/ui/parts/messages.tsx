import type { ComponentChildren } from 'preact';

/**
 * The one place for messages that arrive on their own (data updated, ready offline, a new
 * version): after the screen, in the page's flow, so a message never covers what the user
 * reads or taps and never moves it. A polite live region that is always there, so screen
 * readers announce what arrives without focus moving.
 */
export function Messages({ children }: { children: ComponentChildren }) {
  return (
    <div class="messages" role="status">
      {children}
    </div>
  );
}
