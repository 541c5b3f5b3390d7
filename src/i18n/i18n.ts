/**
 * The interface texts. The home screen, the header and the data notices need a handful of Dutch
 * texts: those ride in the main bundle and are answered here. i18next with every other text and
 * English (./texts.ts) arrives with the first other screen, the language switch or idle time,
 * so the first visit does not wait for it. The language is one of the few settings the app
 * stores (localStorage), beside the municipality (IndexedDB).
 */
import { app, data, emergency, home, language as languageTexts } from '../../locales/nl.json';
import { LANGUAGES, type Language, type RouteMap, type Text } from '../routemap/types';
import { whenIdle } from '../platform/idle';

const STORAGE_KEY = 'signalenroutekaart.language';
const HOME_TEXTS: Record<string, unknown> = { app, data, emergency, home, language: languageTexts };

export type Translate = (key: string, options: Record<string, unknown>) => string;

let translate: Translate | undefined;
let current: Language = 'nl';

function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Dutch unless the user picked English, or their browser prefers English over Dutch. */
export function preferredLanguage(): Language {
  const stored = storedLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = tag.slice(0, 2).toLowerCase();
    if (isLanguage(language)) return language;
  }
  return 'nl';
}

/** From now on `next` answers every text: i18next once ./texts.ts is up, or a script's own (scripts/editor-words.ts). */
export function setTranslator(next: Translate): void {
  translate = next;
}

/** A home text before i18next is here: the same key path and {{name}} placeholders. */
function homeText(key: string, options: Record<string, unknown>): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], HOME_TEXTS);
  if (typeof text !== 'string') return key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => (name in options ? String(options[name]) : placeholder));
}

let texts: Promise<typeof import('./texts')> | undefined;

/** Loads i18next with every text, in the current language; once. */
export function loadTexts(): Promise<typeof import('./texts')> {
  texts ??= import('./texts').then(
    async (module) => {
      // Evaluating i18next, starting it, and what waits for it (a screen's first render) are
      // pieces of start-up work of their own.
      await whenIdle();
      setTranslator(await module.startTexts(current, setCurrentLanguage));
      await whenIdle();
      return module;
    },
    (error: unknown) => {
      texts = undefined;
      throw error;
    },
  );
  return texts;
}

/** Switches the interface and (unless told not to) remembers the pick. */
export async function chooseLanguage(language: Language, remember = true): Promise<void> {
  await (await loadTexts()).applyLanguage(language);
  current = language;
  document.documentElement.lang = language;
  if (!remember) return;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the pick lasts for this visit only.
  }
}

export function currentLanguage(): Language {
  return current;
}

/** The language texts are answered in, as i18next changes it (or a script sets it). */
export function setCurrentLanguage(language: Language): void {
  current = language;
}

/** A route map text in the interface language. */
export function local(text: Text): string {
  return text[currentLanguage()];
}

/** A UI text in the interface language. */
export function t(key: string, options: Record<string, unknown> = {}): string {
  return translate ? translate(key, options) : homeText(key, options);
}

/** The map's own title; the app's name for a map without one. */
export function mapTitle(routeMap: Pick<RouteMap, 'texts'>): string {
  return routeMap.texts?.title ? local(routeMap.texts.title) : t('app.title');
}
