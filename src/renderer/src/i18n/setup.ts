import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, pickLanguage, type Language } from '../../../shared/i18n/languages';
import { resources } from '../../../shared/i18n/resources';

const STORAGE_KEY = 'muragat.language';

/** The user's choice if they made one, else the system's languages (navigator follows the OS). */
function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return isLanguage(saved) ? saved : pickLanguage(navigator.languages);
}

export function setupI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: initialLanguage(),
    fallbackLng: 'en',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const applyToDocument = (language: string) => {
    document.documentElement.lang = language;
  };
  applyToDocument(i18next.language);
  i18next.on('languageChanged', applyToDocument);
  return i18next;
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}
