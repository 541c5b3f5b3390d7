/**
 * Chromium fires `beforeinstallprompt` once, early, before any lazy code could listen (even
 * before this bundle, at times: then the page's loader kept it): keep it here, in the main
 * bundle, until the home screen offers "Installeer de app".
 */

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * The page's loader starts this bundle only after the first paint, and keeps an earlier event
 * under this name on window (scripts/vite-plugins.ts).
 */
export const INSTALL_PROMPT_BEFORE_START = 'installPromptBeforeStart';

let deferred: BeforeInstallPromptEvent | undefined;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

// No window while the home screen is prerendered at build time.
if (typeof window !== 'undefined') {
  deferred = (window as unknown as Record<string, BeforeInstallPromptEvent | undefined>)[INSTALL_PROMPT_BEFORE_START];
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    notify();
  });
  window.addEventListener('appinstalled', () => {
    deferred = undefined;
    notify();
  });
}

export function canPromptInstall(): boolean {
  return deferred !== undefined;
}

export async function promptInstall(): Promise<void> {
  const event = deferred;
  if (!event) return;
  deferred = undefined;
  await event.prompt();
  await event.userChoice;
  notify();
}

export function onInstallChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Already opened from the home screen: no install help needed. */
export function isStandalone(): boolean {
  return window.matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}

/** An iPhone or iPad (an iPad says it is a Mac, with touch), whatever its browser. */
export function isAppleMobile(): boolean {
  const ua = navigator.userAgent;
  return /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
}

/** Safari on iPhone or iPad, which has no install prompt: installing is a manual step there. */
export function isIosSafari(): boolean {
  const ua = navigator.userAgent;
  return isAppleMobile() && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(ua);
}
