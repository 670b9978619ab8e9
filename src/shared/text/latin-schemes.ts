/**
 * The Latin spellings of Kazakh that readers of this archive meet, letter tables and the few
 * rules of context each needs. Words come in lowercase, one code point per array element; the
 * engine in latin.ts restores case.
 */

export type LatinScheme = 'official-2021' | 'wikipedia';

export const LATIN_SCHEME_NAMES: readonly LatinScheme[] = ['official-2021', 'wikipedia'];

export interface LatinSchemeRules {
  /** The Latin for the Cyrillic letter at `i`; letters outside the table come back as they are. */
  write(word: readonly string[], i: number): string;
  /** The Cyrillic letter read at `i` and how many Latin characters it took. */
  read(word: readonly string[], i: number): { cyrillic: string; length: number };
}

/**
 * The 2021 Latin alphabet: 31 letters, presented on 28 January 2021 to the National Commission
 * chaired by Prime Minister A. Mamin, revising the alphabet of Presidential Decree No. 569 of
 * 26 October 2017 «О переводе алфавита казахского языка с кириллицы на латинскую графику»
 * (amended by Decree No. 637 of 19 February 2018); tabulated in Wikipedia, "Kazakh alphabets",
 * section Latin script, 2021 column. и and й share İ i, х and һ share H h, і is I ı, ы is Y y.
 *
 * The alphabet has no letters for the Russian loan letters; we write them with its own letters,
 * as Wiktionary's Module:kk-translit (which follows the 2021 table) does for ё io, ю iu, я ia,
 * ц ts, and we drop ъ and ь. Two choices are ours: щ is şş, a doubled ш; ч is ch, not
 * Wiktionary's tş, because tş is also т + ш in the commonest Kazakh words (айтшы, кетші) and
 * could not be read back, while c occurs in no Kazakh word.
 */
export const OFFICIAL_2021: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/**
 * 2021 Latin read back, one letter each. Where two Cyrillic letters share one Latin letter we
 * take the commoner: h is х (халық, хабар; һ is in a handful of Arabic loans: шаһар, Аллаһ),
 * e is е (э begins a few loans only), i is и unless a vowel precedes it (see readOfficial).
 */
export const OFFICIAL_2021_READINGS: Readonly<Record<string, string>> = {
  a: 'а',
  ä: 'ә',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  ğ: 'ғ',
  h: 'х',
  ı: 'і',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ñ: 'ң',
  o: 'о',
  ö: 'ө',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ū: 'ұ',
  ü: 'ү',
  v: 'в',
  y: 'ы',
  z: 'з',
};

const OFFICIAL_VOWELS: ReadonlySet<string> = new Set(Array.from('aäeoöuūüyıi'));

/**
 * The 2021 letters are read one by one except where a pair stands for one Cyrillic letter:
 * - şş щ and ch ч always;
 * - iu ю always (Kazakh writes ю, not иу or йу: аю, кию, қою; революция);
 * - ia я at the start of a word or after a vowel (аяқ, қиял, Россия), but и + а after a
 *   consonant, where the loans of the period have it: социализм, материал, пролетариат;
 * - io ё only at the start of a word: after a consonant the loans have и + о (период, радио,
 *   революционер) far more often than ё (актёр);
 * - ts ц at the start of a word or before i (революция, станция, центр), т + с elsewhere, where
 *   Kazakh has it in every conditional: айтса, кетсе;
 * - i alone is й after a vowel (бай, үй, Ресей, Василий) and и elsewhere (ит, кие, киім).
 */
function readOfficial(word: readonly string[], i: number): { cyrillic: string; length: number } {
  const ch = word[i] ?? '';
  const next = word[i + 1];
  const before = word[i - 1];
  const atStart = before === undefined;
  const afterVowel = before !== undefined && OFFICIAL_VOWELS.has(before);
  if (ch === 'ş' && next === 'ş') return { cyrillic: 'щ', length: 2 };
  if (ch === 'c' && next === 'h') return { cyrillic: 'ч', length: 2 };
  if (ch === 't' && next === 's' && (atStart || word[i + 2] === 'i')) return { cyrillic: 'ц', length: 2 };
  if (ch === 'i') {
    if (next === 'u') return { cyrillic: 'ю', length: 2 };
    if (next === 'a' && (atStart || afterVowel)) return { cyrillic: 'я', length: 2 };
    if (next === 'o' && atStart) return { cyrillic: 'ё', length: 2 };
    return { cyrillic: afterVowel ? 'й' : 'и', length: 1 };
  }
  return { cyrillic: OFFICIAL_2021_READINGS[ch] ?? ch, length: 1 };
}

/**
 * Kazakh Wikipedia's Latin, which the Turkish and European diaspora also write: the table of
 * MediaWiki's KkConverter (includes/language/converters/KkConverter.php, formerly
 * languages/classes/LanguageKk.php: the «kk-latn» variant of kk.wikipedia.org). It agrees with the Latin of the seed article
 * ("Alaş avtonomïyası") and of the Google Fonts kk_Latn sample (UDHR art. 1: "twmısınan",
 * "qasïyeti", "dünïyege"). ы is ı, і is i, и is ï, у is w everywhere, ұ is u, й is ý; е after
 * a vowel or a hard or soft sign is ye (see WIKIPEDIA_YE_AFTER); the loan letters keep letters
 * of their own (ц c, ч ç, щ şç, э é, х x, ъ ʺ, ь ʹ).
 */
export const WIKIPEDIA: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'ï',
  й: 'ý',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'w',
  ұ: 'u',
  ү: 'ü',
  ф: 'f',
  х: 'x',
  һ: 'h',
  ц: 'c',
  ч: 'ç',
  ш: 'ş',
  щ: 'şç',
  ъ: 'ʺ',
  ы: 'ı',
  і: 'i',
  ь: 'ʹ',
  э: 'é',
  ю: 'yu',
  я: 'ya',
};

/** KkConverter writes е as ye after these letters (not after ы, і, у): «қасиет» qasïyet. */
export const WIKIPEDIA_YE_AFTER: ReadonlySet<string> = new Set(Array.from('аәеёиоөұүэюяъь'));

/**
 * Wikipedia Latin read back: KkConverter's reverse table, plus bare y as й, which is how the
 * diaspora writes it after the Turkish alphabet (Abay, Ayagöz).
 */
export const WIKIPEDIA_READINGS: Readonly<Record<string, string>> = {
  a: 'а',
  ä: 'ә',
  b: 'б',
  c: 'ц',
  ç: 'ч',
  d: 'д',
  e: 'е',
  é: 'э',
  f: 'ф',
  g: 'г',
  ğ: 'ғ',
  h: 'һ',
  ı: 'ы',
  i: 'і',
  ï: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ñ: 'ң',
  o: 'о',
  ö: 'ө',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'ұ',
  ü: 'ү',
  v: 'в',
  w: 'у',
  x: 'х',
  y: 'й',
  ý: 'й',
  z: 'з',
  ʺ: 'ъ',
  ʹ: 'ь',
};

/** y + vowel is one Cyrillic letter, as in KkConverter (which also reads yw as ю). */
const WIKIPEDIA_Y_PAIRS: Readonly<Record<string, string>> = { e: 'е', o: 'ё', u: 'ю', w: 'ю', a: 'я' };

function readWikipedia(word: readonly string[], i: number): { cyrillic: string; length: number } {
  const ch = word[i] ?? '';
  const next = word[i + 1] ?? '';
  if (ch === 'ş' && next === 'ç') return { cyrillic: 'щ', length: 2 };
  const iotated = ch === 'y' ? WIKIPEDIA_Y_PAIRS[next] : undefined;
  if (iotated !== undefined) return { cyrillic: iotated, length: 2 };
  return { cyrillic: WIKIPEDIA_READINGS[ch] ?? ch, length: 1 };
}

export const LATIN_SCHEMES: Readonly<Record<LatinScheme, LatinSchemeRules>> = {
  'official-2021': {
    write: (word, i) => {
      const ch = word[i] ?? '';
      return OFFICIAL_2021[ch] ?? ch;
    },
    read: readOfficial,
  },
  wikipedia: {
    write: (word, i) => {
      const ch = word[i] ?? '';
      const before = word[i - 1];
      if (ch === 'е' && before !== undefined && WIKIPEDIA_YE_AFTER.has(before)) return 'ye';
      return WIKIPEDIA[ch] ?? ch;
    },
    read: readWikipedia,
  },
};
