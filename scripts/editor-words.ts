/**
 * The editor's own texts (locales/beheer.*.json) outside the browser: `check-data --against`
 * prints the changes in the very words of the editor's change summary.
 */
import i18next from 'i18next';
import nl from '../locales/beheer.nl.json';
import en from '../locales/beheer.en.json';
import type { Language } from '../src/routemap/types';
import { setCurrentLanguage, setTranslator } from '../src/i18n/i18n';

export async function useEditorWords(language: Language): Promise<void> {
  const words = i18next.createInstance();
  await words.init({
    lng: language,
    fallbackLng: 'nl',
    ns: ['beheer'],
    resources: { nl: { beheer: nl }, en: { beheer: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  setTranslator((key, options) => words.t(key, options));
  setCurrentLanguage(language);
}
