/**
 * Letters of one script typed for their twins in another: a Latin i or h in a Kazakh Cyrillic
 * word (keyboards without і and һ), a Cyrillic а or о in a Latin word, the Latin schwa ə
 * (U+0259, from Azerbaijani layouts and old fonts) for ә (U+04D9). The pairs are those of the
 * Unicode confusables data (UTS #39, confusables.txt) that Kazakh typing produces, plus k/к,
 * which typists swap although fonts draw them apart.
 */

/** Latin (and IPA) letters → the Cyrillic letter they pass for. Y is the straight Ү it looks like. */
export const LATIN_LOOK_ALIKES: Readonly<Record<string, string>> = {
  a: 'а',
  A: 'А',
  B: 'В',
  c: 'с',
  C: 'С',
  e: 'е',
  E: 'Е',
  ë: 'ё',
  Ë: 'Ё',
  h: 'һ',
  H: 'Н',
  i: 'і',
  I: 'І',
  k: 'к',
  K: 'К',
  M: 'М',
  o: 'о',
  O: 'О',
  p: 'р',
  P: 'Р',
  T: 'Т',
  x: 'х',
  X: 'Х',
  y: 'у',
  Y: 'Ү',
  ə: 'ә',
  Ə: 'Ә',
};

/** Cyrillic letters → the Latin letter they pass for; і either way is the dotted i. */
export const CYRILLIC_LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  А: 'A',
  В: 'B',
  с: 'c',
  С: 'C',
  е: 'e',
  Е: 'E',
  ё: 'ë',
  Ё: 'Ë',
  һ: 'h',
  Һ: 'H',
  Н: 'H',
  і: 'i',
  І: 'İ',
  ј: 'j',
  Ј: 'J',
  к: 'k',
  К: 'K',
  М: 'M',
  о: 'o',
  О: 'O',
  р: 'p',
  Р: 'P',
  Т: 'T',
  х: 'x',
  Х: 'X',
  у: 'y',
  У: 'Y',
  Ү: 'Y',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Cyrillic minus Latin letters in a word, counting only those that pass for nothing if `strict`. */
function lean(letters: readonly string[], strict: boolean): number {
  let balance = 0;
  for (const ch of letters) {
    if (strict && (ch in LATIN_LOOK_ALIKES || ch in CYRILLIC_LOOK_ALIKES)) continue;
    if (CYRILLIC.test(ch)) balance += 1;
    else if (LATIN.test(ch)) balance -= 1;
  }
  return balance;
}

/**
 * A word written in two scripts, put in the one most of its letters are in: first counting
 * the letters that have no twin (қ, ş), then, if those tie, all of them. A tie both ways stays
 * as it is. Words in one script come back unchanged.
 */
export function foldLookAlikes(word: string): string {
  if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
  const letters = Array.from(word);
  const balance = lean(letters, true) || lean(letters, false);
  if (balance === 0) return word;
  const table = balance > 0 ? LATIN_LOOK_ALIKES : CYRILLIC_LOOK_ALIKES;
  return letters.map((ch) => table[ch] ?? ch).join('');
}
