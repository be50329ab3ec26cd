import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { de } from './locales/de';
import { en } from './locales/en';

export const supportedLanguages = ['de', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

/** Where the chosen language is remembered between visits. */
export const languageStorageKey = 'lagebild.language';

/**
 * Every number a sentence carries is written the reader's way ("2.781" in German, "2,781" in
 * English), like the numbers `useFormat` writes, so one screen never mixes "2781" and "2.781".
 */
const localeNumbers = {
  type: 'formatter' as const,
  init: (): void => undefined,
  add: (): void => undefined,
  addCached: (): void => undefined,
  format: (value: unknown, _format: string | undefined, language: string | undefined): unknown =>
    typeof value === 'number'
      ? new Intl.NumberFormat(currentLanguage(language)).format(value)
      : value,
};

export function setUpI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .use(localeNumbers)
    .init({
      resources: { de: { translation: de }, en: { translation: en } },
      supportedLngs: [...supportedLanguages],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      interpolation: { escapeValue: false, alwaysFormat: true },
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lang',
        lookupLocalStorage: languageStorageKey,
        caches: ['localStorage'],
      },
      returnNull: false,
    });
  const applyToDocument = (language: string): void => {
    document.documentElement.lang = currentLanguage(language);
  };
  applyToDocument(i18n.language);
  i18n.on('languageChanged', applyToDocument);
  return i18n;
}

/** The supported language closest to what i18next resolved (e.g. `de-AT` -> `de`). */
export function currentLanguage(resolved: string | undefined = i18n.resolvedLanguage): Language {
  return resolved?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
