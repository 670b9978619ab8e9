import i18next, { type TFunction } from 'i18next';
import { pickLanguage, type Language } from '../shared/i18n/languages';
import { resources } from '../shared/i18n/resources';

/** A translator over the shared catalogues, for menus, dialogs and the CLI. */
export function createTranslator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ lng: language, fallbackLng: 'en', resources, initAsync: false, interpolation: { escapeValue: false } });
  return instance.t;
}

/** The language a shell user asked for through the POSIX locale variables. */
export const shellLanguage = (env: NodeJS.ProcessEnv = process.env): Language =>
  pickLanguage([env.LC_ALL, env.LC_MESSAGES, env.LANG, env.LANGUAGE?.split(':')[0]].filter((v) => v !== undefined && v !== '' && v !== 'C' && v !== 'POSIX'));
