import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';
import type { Language } from './languages';

/** One catalogue per language, shared by the renderer, the menus and the CLI. */
export const resources: Readonly<Record<Language, { translation: typeof en }>> = {
  en: { translation: en },
  kk: { translation: kk },
  ru: { translation: ru },
};
