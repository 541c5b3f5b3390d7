/**
 * i18next set-up. Dutch ships in the main bundle; English is fetched (from the precache) only
 * when someone asks for it. The choice is a setting, the only thing besides contacts we store.
 */
import i18next from 'i18next';
// Only the texts of the header, the home screen and the data notices ride in the main bundle;
// the rest of nl.json arrives with the first other screen (see screen-texts.ts).
import { app, data, emergency, home, language } from '../../locales/nl.json';
import { LANGUAGES, type Language, type RouteMap, type Text } from '../routemap/types';

const STORAGE_KEY = 'signalenroutekaart.language';

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

async function ensureResources(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const resources = (await import('../../locales/en.json')).default;
  i18next.addResourceBundle(language, 'translation', resources);
}

/** i18next with Dutch, the default; shared by the app and the build-time prerender. */
export async function initI18n(): Promise<void> {
  await i18next.init({
    lng: 'nl',
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    resources: { nl: { translation: { app, data, emergency, home, language } } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export async function startI18n(): Promise<Language> {
  await initI18n();
  const language = preferredLanguage();
  await applyLanguage(language);
  return language;
}

async function applyLanguage(language: Language): Promise<void> {
  await ensureResources(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Switches the interface and (unless told not to) remembers the pick. */
export async function chooseLanguage(language: Language, remember = true): Promise<void> {
  await applyLanguage(language);
  if (!remember) return;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the pick lasts for this visit only.
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'nl';
}

/** A route map text in the interface language. */
export function local(text: Text): string {
  return text[currentLanguage()];
}

/** A UI text in the interface language. */
export function t(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, options ?? {});
}

/** The map's own title; the app's name for a map without one. */
export function mapTitle(routeMap: RouteMap): string {
  return routeMap.texts?.title ? local(routeMap.texts.title) : t('app.title');
}
