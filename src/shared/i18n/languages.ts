/** The languages Muragat speaks; the first is the fallback. */
export const LANGUAGES = ['en', 'kk', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  kk: 'Қазақша',
  ru: 'Русский',
};

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Picks the first supported language from preferences such as navigator.languages or $LANG. */
export function pickLanguage(preferences: readonly (string | undefined)[]): Language {
  for (const preference of preferences) {
    const base = preference?.toLowerCase().split(/[-_.@]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
