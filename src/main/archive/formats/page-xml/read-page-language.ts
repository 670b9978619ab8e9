import type { TextDirection } from '../../../../shared/domain/annotations';

/**
 * PAGE names languages in English (its LanguageSimpleType); these are the ones an archive of
 * Central Asian and European print meets. Other names pass through and the import reports them.
 */
const LANGUAGE_CODES: ReadonlyMap<string, string> = new Map([
  ['Arabic', 'ar'],
  ['Armenian', 'hy'],
  ['Azerbaijani', 'az'],
  ['Bashkir', 'ba'],
  ['Belarusian', 'be'],
  ['Bulgarian', 'bg'],
  ['Chinese', 'zh'],
  ['Chuvash', 'cv'],
  ['Croatian', 'hr'],
  ['Czech', 'cs'],
  ['Danish', 'da'],
  ['Dutch', 'nl'],
  ['English', 'en'],
  ['Estonian', 'et'],
  // Three-letter names would pass for language codes if they went through unmapped.
  ['Ewe', 'ee'],
  ['Finnish', 'fi'],
  ['French', 'fr'],
  ['Georgian', 'ka'],
  ['German', 'de'],
  ['Greek', 'el'],
  ['Hebrew', 'he'],
  ['Hungarian', 'hu'],
  ['Ido', 'io'],
  ['Italian', 'it'],
  ['Japanese', 'ja'],
  ['Kazakh', 'kk'],
  ['Komi', 'kv'],
  ['Korean', 'ko'],
  ['Kyrgyz', 'ky'],
  ['Lao', 'lo'],
  ['Latin', 'la'],
  ['Latvian', 'lv'],
  ['Lithuanian', 'lt'],
  ['Mongolian', 'mn'],
  ['Norwegian', 'no'],
  ['Old Church Slavonic', 'cu'],
  ['Persian', 'fa'],
  ['Polish', 'pl'],
  ['Portuguese', 'pt'],
  ['Romanian', 'ro'],
  ['Russian', 'ru'],
  ['Serbian', 'sr'],
  ['Slovak', 'sk'],
  ['Spanish', 'es'],
  ['Swedish', 'sv'],
  ['Tajik', 'tg'],
  ['Tatar', 'tt'],
  ['Turkish', 'tr'],
  ['Turkmen', 'tk'],
  ['Uighur', 'ug'],
  ['Ukrainian', 'uk'],
  ['Urdu', 'ur'],
  ['Uzbek', 'uz'],
  ['Yiddish', 'yi'],
]);

/** A PAGE language name as a BCP 47 tag when known ("Kazakh" → kk), else as written. */
export const pageLanguage = (name: string | undefined): string | undefined => (name === undefined ? undefined : (LANGUAGE_CODES.get(name) ?? name));

/** A PAGE script value ("Arab - Arabic") as its ISO 15924 code (Arab). */
export const pageScript = (value: string | undefined): string | undefined => value?.split(' - ')[0]?.trim();

/** A PAGE @readingDirection as a text direction; the vertical ones leave it to the letters. */
export function pageDirection(value: string | undefined): TextDirection {
  if (value === 'left-to-right') return 'ltr';
  if (value === 'right-to-left') return 'rtl';
  return 'auto';
}
