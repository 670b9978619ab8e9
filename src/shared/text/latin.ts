import { isCapital, toKazakhLower, toKazakhUpper } from './kazakh-case';
import { LATIN_SCHEMES, type LatinScheme, type LatinSchemeRules } from './latin-schemes';

export * from './latin-schemes';

/** A Cyrillic word with any combining marks in it (stress, a decomposed й). */
const CYRILLIC_WORD = /\p{Script=Cyrillic}[\p{Script=Cyrillic}\p{M}]*/gu;
/** A Latin word; ʺ and ʹ are Wikipedia Latin's hard and soft signs. */
const LATIN_WORD = /[\p{Script=Latin}ʺʹ][\p{Script=Latin}\p{M}ʺʹ]*/gu;

/** Whether the word around `i` is in capitals, judged by the next letter, or at the end by the one before. */
function shouted(letters: readonly string[], i: number): boolean {
  const next = letters[i + 1];
  const before = letters[i - 1];
  return next !== undefined ? isCapital(next) : before !== undefined && isCapital(before);
}

/**
 * A capital Cyrillic letter written with several Latin ones: all capitals in a word in
 * capitals (ЮРИЙ → İURİİ, ШЫМКЕНТ → ŞYMKENT), only the first in a capitalised word (Юрий →
 * İurii). A word of one capital letter, an initial, is capitalised.
 */
function capitalise(latin: string, letters: readonly string[], i: number): string {
  if (shouted(letters, i)) return toKazakhUpper(latin);
  const [first = '', ...rest] = Array.from(latin);
  return toKazakhUpper(first) + rest.join('');
}

function writeWord(word: string, rules: LatinSchemeRules): string {
  const letters = Array.from(word.normalize('NFC'));
  const lower = letters.map((ch) => ch.toLowerCase());
  let out = '';
  for (const [i, ch] of letters.entries()) {
    const latin = rules.write(lower, i);
    out += isCapital(ch) ? capitalise(latin, letters, i) : latin;
  }
  return out;
}

function readWord(word: string, rules: LatinSchemeRules): string {
  // A dot above after i is the dot it has already: JavaScript lowercases İ to i + U+0307.
  const letters = Array.from(word.normalize('NFC').replace(/(?<=[iİ])\u0307/gu, ''));
  const lower = letters.map(toKazakhLower);
  let out = '';
  for (let i = 0; i < letters.length; ) {
    const { cyrillic, length } = rules.read(lower, i);
    const ch = letters[i] ?? '';
    // ʺ and ʹ have no case: inside a word in capitals they are Ъ and Ь, as KkConverter reads them.
    const capital = isCapital(ch) || (ch === lower[i] && ch.toUpperCase() === ch && shouted(letters, i));
    out += capital ? cyrillic.toUpperCase() : cyrillic;
    i += length;
  }
  return out;
}

/**
 * Kazakh Cyrillic → Latin in the named scheme, with Kazakh capitals (ı/I, i/İ). Letters outside
 * the scheme's table (Russian pre-reform ѣ, say) and text in other scripts are left alone.
 */
export function cyrillicToLatin(text: string, scheme: LatinScheme): string {
  const rules = LATIN_SCHEMES[scheme];
  return text.replace(CYRILLIC_WORD, (word) => writeWord(word, rules));
}

/**
 * Kazakh Latin in the named scheme → Cyrillic, best effort: where one Latin spelling stands for
 * two Cyrillic ones the commoner is taken (see the readings in latin-schemes.ts). Capital I is
 * read as the capital of ı, the Kazakh way, and text in other scripts is left alone.
 */
export function latinToCyrillic(text: string, scheme: LatinScheme): string {
  const rules = LATIN_SCHEMES[scheme];
  return text.replace(LATIN_WORD, (word) => readWord(word, rules));
}
