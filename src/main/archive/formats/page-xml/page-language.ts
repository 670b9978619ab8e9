import { primaryLanguage } from '../exchange/language-tag';

/**
 * PAGE 2019 names languages in English (LanguageSimpleType) and scripts as "Code - Name"
 * (ScriptSimpleType), from closed lists. These are the ones an archive of Kazakh and
 * neighbouring print meets; anything else is left unnamed rather than guessed.
 */

/** An English name and its ISO 639-1 and 639-2/3 codes. */
const LANGUAGES: readonly (readonly [string, ...string[]])[] = [
  ['Kazakh', 'kk', 'kaz'],
  ['Russian', 'ru', 'rus'],
  ['Tatar', 'tt', 'tat'],
  ['Bashkir', 'ba', 'bak'],
  ['Kyrgyz', 'ky', 'kir'],
  ['Uzbek', 'uz', 'uzb'],
  ['Turkmen', 'tk', 'tuk'],
  ['Uighur', 'ug', 'uig'],
  ['Chuvash', 'cv', 'chv'],
  ['Azerbaijani', 'az', 'aze'],
  ['Turkish', 'tr', 'tur'],
  ['Komi', 'kv', 'kom', 'kpv'],
  ['Tajik', 'tg', 'tgk'],
  ['Persian', 'fa', 'fas', 'per'],
  ['Arabic', 'ar', 'ara'],
  ['Mongolian', 'mn', 'mon'],
  ['Ukrainian', 'uk', 'ukr'],
  ['Belarusian', 'be', 'bel'],
  ['Polish', 'pl', 'pol'],
  ['German', 'de', 'deu', 'ger'],
  ['English', 'en', 'eng'],
  ['French', 'fr', 'fra', 'fre'],
  ['Latin', 'la', 'lat'],
  ['Chinese', 'zh', 'zho', 'chi'],
  ['Hebrew', 'he', 'heb'],
  ['Yiddish', 'yi', 'yid'],
  ['Georgian', 'ka', 'kat', 'geo'],
  ['Armenian', 'hy', 'hye', 'arm'],
  ['Urdu', 'ur', 'urd'],
  ['Old Church Slavonic', 'cu', 'chu'],
];

const LANGUAGE_BY_CODE = new Map(LANGUAGES.flatMap(([name, ...codes]) => codes.map((code) => [code, name] as const)));

/** ISO 15924 code → the name PAGE gives it. */
const SCRIPTS: Readonly<Record<string, string>> = {
  Arab: 'Arabic',
  Aran: 'Arabic (Nastaliq variant)',
  Cyrl: 'Cyrillic',
  Cyrs: 'Cyrillic (Old Church Slavonic variant)',
  Latn: 'Latin',
  Latf: 'Latin (Fraktur variant)',
  Grek: 'Greek',
  Hebr: 'Hebrew',
  Syrc: 'Syriac',
  Armn: 'Armenian',
  Geor: 'Georgian (Mkhedruli)',
  Mong: 'Mongolian',
  Orkh: 'Old Turkic, Orkhon Runic',
  Tibt: 'Tibetan',
  Hani: 'Han (Hanzi, Kanji, Hanja)',
  Hans: 'Han (Simplified variant)',
  Hant: 'Han (Traditional variant)',
  Zyyy: 'Code for undetermined script',
};

/** PAGE's name for a BCP 47 tag's language ("kk-Arab" → "Kazakh"), if it has one. */
export const pageLanguage = (tag: string | undefined): string | undefined => (tag === undefined ? undefined : LANGUAGE_BY_CODE.get(primaryLanguage(tag)));

/** PAGE's value for an ISO 15924 code ("Arab" → "Arab - Arabic"), if it lists it. */
export function pageScript(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const name = SCRIPTS[code];
  return name === undefined ? undefined : `${code} - ${name}`;
}
