/**
 * i18next with every interface text: Dutch in full, English fetched (from the precache) when
 * someone asks for it. Loaded lazily by ./i18n.ts, which answers the home screen's texts until
 * then; it imports nothing of ./i18n.ts back (no circle): it hands over its translator instead.
 */
import i18next from 'i18next';
// Raw, parsed here: imported as JSON it would be one module with the main bundle's home texts,
// and all of it would land in the main bundle.
import nl from '../../locales/nl.json?raw';
import { LANGUAGES, type Language } from '../routemap/types';
import { whenIdle } from '../platform/idle';

async function ensureResources(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const resources = (await import('../../locales/en.json')).default;
  // Reading the texts and adding them are two pieces of work.
  await whenIdle();
  i18next.addResourceBundle(language, 'translation', resources);
}

export async function applyLanguage(language: Language): Promise<void> {
  await ensureResources(language);
  await i18next.changeLanguage(language);
}

/** Starts i18next in `language`; `onLanguage` hears each change of language (tests switch it directly). Returns the translator. */
export async function startTexts(language: Language, onLanguage: (language: Language) => void): Promise<(key: string, options: Record<string, unknown>) => string> {
  const dutch: unknown = JSON.parse(nl);
  // Reading the texts and starting i18next with them are two pieces of start-up work.
  await whenIdle();
  await i18next.init({
    lng: 'nl',
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    resources: { nl: { translation: dutch as Record<string, unknown> } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (changed) => (LANGUAGES as readonly string[]).includes(changed) && onLanguage(changed as Language));
  if (language !== 'nl') await applyLanguage(language);
  return (key, options) => i18next.t(key, options);
}
