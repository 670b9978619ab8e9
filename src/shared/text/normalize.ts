import { toKazakhLower } from './kazakh-case';
import { LATIN_SCHEME_NAMES, cyrillicToLatin, latinToCyrillic } from './latin';
import { foldLookAlikes } from './look-alikes';
import { scanWords } from './word-scan';
import { ARABIC_VARIANTS, FRONT_MARK, HAMZA_LETTERS, cyrillicToToteJazu, toteJazuToCyrillic } from './tote-jazu';

export interface NormalizeOptions {
  /**
   * Whether diacritics tell letters apart; default true. False folds the Latin letters to
   * their bare forms (ä a, ı i, ñ n, ş s, ū u …), the Kazakh Cyrillic letters to their Russian
   * neighbours (ә а, ғ г, қ к, ң н, ө о, ұ ү у, һ х, і и, and ё е), and drops the *төте жазу*
   * front-vowel mark: what someone without a Kazakh keyboard types. й stays й: Russian
   * keyboards have it, and бай is not баи.
   */
  diacritics?: boolean;
}

/** U+0675–U+0678, one code point for the mark and a letter; split before NFKC puts the mark last. */
const HAMZA_LETTER = /[\u0675-\u0678]/gu;
/** Soft hyphens from PDFs, zero-width space and joiners, word joiner, byte order mark. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
/** ۇ is sometimes typed as waw + damma: kept, before the vowel signs go. */
const WAW_DAMMA = /و\u064F/gu;
/** Tatweel, harakat and the superscript alef: stretching and vowel signs Kazakh spelling never needs. */
const ARABIC_MARKS = /\u0640|[\u064B-\u065F]|\u0670/gu;
/** Variant Arabic letters (Persian yeh, keheh, heh…) and the plain hamza used for the front mark. */
const ARABIC_VARIANT = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}\u0621]`, 'gu');
/** Arabic-Indic and Persian digits, which NFKC leaves alone. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/gu;
const LETTERS = /[\p{L}\p{M}]+/gu;

function westernDigit(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
}

/** Diacritics-blind Cyrillic: each Kazakh letter as the Russian letter a Russian keyboard gives. */
const CYRILLIC_BARE: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  ё: 'е',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};
const CYRILLIC_MARKED = new RegExp(`[${Object.keys(CYRILLIC_BARE).join('')}]`, 'gu');

/** Text already normalised for search, its diacritics folded (NormalizeOptions.diacritics false). */
export function foldDiacritics(text: string): string {
  return text
    .replace(CYRILLIC_MARKED, (ch) => CYRILLIC_BARE[ch] ?? ch)
    .replace(/\p{Script=Latin}/gu, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/ı/gu, 'i')
    .replaceAll(FRONT_MARK, '');
}

/**
 * Text as the search index keeps it, so that spellings of one word meet: NFKC (ligatures,
 * presentation forms, full-width letters), invisible characters dropped, Arabic-script variants
 * folded to the letters of *төте жазу* (tote-jazu-letters.ts) with vowel signs and tatweel
 * removed and the plain hamza read as the front-vowel mark, Eastern digits as 0–9, each word's
 * look-alike letters put in the word's script (look-alikes.ts), and Kazakh lowercase (I ı,
 * İ i). Never throws; linear in the length of the text.
 */
export function normalizeForSearch(text: string, options: NormalizeOptions = {}): string {
  const folded = text
    .replace(HAMZA_LETTER, (ch) => HAMZA_LETTERS[ch] ?? ch)
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(WAW_DAMMA, 'ۇ')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_VARIANT, (ch) => (ch === '\u0621' ? FRONT_MARK : (ARABIC_VARIANTS[ch] ?? ch)))
    .replace(EASTERN_DIGIT, westernDigit)
    .replace(LETTERS, (word) => toKazakhLower(foldLookAlikes(word)))
    // JavaScript's lowercase of a stray İ elsewhere: the dot is the one i has.
    .replace(/i\u0307/gu, 'i');
  return options.diacritics === false ? foldDiacritics(folded) : folded;
}

/** A word of a text and where it is, in UTF-16 offsets, end exclusive. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The words of a text with their offsets (word-scan.ts says what a word is), for the index and for highlighting hits. */
export function tokenize(text: string): Token[] {
  const found: Token[] = [];
  scanWords(text, (word, start) => {
    found.push({ text: word, start, end: start + word.length });
    return false;
  });
  return found;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** The word in Cyrillic: itself, read in both Latin schemes (the scheme is unknown), or read from *төте жазу*. */
function cyrillicForms(word: string): string[] {
  if (CYRILLIC.test(word)) return [word];
  if (LATIN.test(word)) return LATIN_SCHEME_NAMES.map((scheme) => latinToCyrillic(word, scheme));
  if (ARABIC.test(word)) return [toteJazuToCyrillic(word)];
  return [];
}

/**
 * A Cyrillic word as another script spells it, read back: the letters that script does not tell
 * apart made one. *Төте жазу* writes в and у alike, ф as п, a loanword's vowels in one row;
 * Latin drops ъ and ь and writes ц as ts.
 */
function readingsThroughScripts(cyrillic: string): string[] {
  return [toteJazuToCyrillic(cyrillicToToteJazu(cyrillic)), ...LATIN_SCHEME_NAMES.map((scheme) => latinToCyrillic(cyrillicToLatin(cyrillic, scheme), scheme))];
}

const unique = (keys: Iterable<string>): string[] => [...new Set(Array.from(keys, (key) => normalizeForSearch(key)))].filter((key) => key !== '');

/**
 * The keys a token is indexed under, all in Cyrillic, the pivot of the three scripts: its
 * Cyrillic reading (itself, or read in both Latin schemes) and that reading as the other scripts
 * would give it back (readingsThroughScripts: вагон is ۋاگون, read уәгөн, съезд is sezd, read
 * сезд); a word in *төте жазу* is its reading. So «Алашорда», "Alaşorda" and الاشوردا share
 * алашорда, and вагон meets ۋاگون in уәгөн. A Latin word keeps its own spelling too: English or
 * French in a PDF's text is no Kazakh. A native Kazakh word has one key, which keeps the index
 * small; a query's words go through queryKeys.
 */
export function searchKeys(token: string): string[] {
  const word = normalizeForSearch(token);
  if (ARABIC.test(word)) return unique([toteJazuToCyrillic(word)]);
  const keys = CYRILLIC.test(word) ? [] : [word];
  for (const cyrillic of cyrillicForms(word)) keys.push(cyrillic, ...readingsThroughScripts(cyrillic));
  return unique(keys);
}

/**
 * The keys a query's word is looked up under: its searchKeys, and for a word in *төте жазу*
 * without the front-vowel mark also its front reading. A word's front row shows in its mark or
 * in ك, گ, ە anywhere in it, so the start of a word being typed (سوز of سوزگە, сөзге) may not
 * show it yet.
 */
export function queryKeys(token: string): string[] {
  const keys = searchKeys(token);
  const word = normalizeForSearch(token);
  return ARABIC.test(word) ? unique([...keys, toteJazuToCyrillic(FRONT_MARK + word)]) : keys;
}
