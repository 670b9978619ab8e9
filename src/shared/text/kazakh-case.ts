/**
 * Case in Kazakh Latin, which pairs its i's the Turkish way: dotless ı with I, dotted i with İ
 * (the 2021 alphabet: I ı is і, İ i is и/й; Kazakh Wikipedia: I ı is ы, İ i is і). JavaScript's
 * default mapping pairs i with I and lowercases İ to i + U+0307, so both are mapped here; every
 * other letter, Cyrillic included, takes the default.
 */
const UPPER: Readonly<Record<string, string>> = { i: 'İ', ı: 'I' };
const LOWER: Readonly<Record<string, string>> = { İ: 'i', I: 'ı' };

export function toKazakhUpper(text: string): string {
  return text.replace(/[iı]/g, (ch) => UPPER[ch] ?? ch).toUpperCase();
}

export function toKazakhLower(text: string): string {
  return text.replace(/[İI]/g, (ch) => LOWER[ch] ?? ch).toLowerCase();
}

/** Whether a letter is a capital: it changes when lowered. Caseless characters are not. */
export function isCapital(ch: string): boolean {
  return ch !== toKazakhLower(ch);
}
