/**
 * The letters a transcriber's keyboard may lack, for the palette beside the text and its Alt
 * shortcuts: the Kazakh letters of Cyrillic, and the letters of *төте жазу* (Baitursynov's
 * Arabic-based script as the press of 1913–1920 set it, see tote-jazu-letters.ts) with the
 * loan letters and marks digitised texts use. Arabic and Persian keyboards already have ا ب ت
 * and the rest; Kazakh ones have none of these.
 *
 * Shortcuts are read by physical key (KeyboardEvent.code), so Alt+N types ң on a Latin, Russian
 * or Kazakh layout alike. The key is a Latin mnemonic: N for ң, and in an Arabic-script region
 * the same key gives the Arabic letter (ڭ). Arabic has no capitals, so there Shift gives a
 * neighbouring letter (Shift+G: ع, the ғ of the period, beside G: گ).
 */

/** The scripts the palette serves (ISO 15924). */
export type PaletteScript = 'Cyrl' | 'Arab';

export interface PaletteLetter {
  char: string;
  /** Its capital, for Cyrillic: Shift with the click or the shortcut types it. */
  upper?: string;
  /** The Unicode name: exact, and the same in every language of the interface. */
  name: string;
  script: PaletteScript;
  /** Physical keys (KeyboardEvent.code) that type it with Alt; none for the rare ones. */
  codes: readonly string[];
  /** Whether the shortcut also needs Shift. */
  shift?: boolean;
  /** How it reads in Kazakh Cyrillic (front/back pairs share an Arabic letter). */
  reads?: string;
}

const cyrillic = (char: string, upper: string, name: string, code: string): PaletteLetter => ({
  char,
  upper,
  name: `CYRILLIC SMALL LETTER ${name}`,
  script: 'Cyrl',
  codes: [code],
});

const arabic = (char: string, name: string, codes: readonly string[], reads?: string, shift?: boolean): PaletteLetter => ({
  char,
  name: `ARABIC ${name}`,
  script: 'Arab',
  codes,
  ...(reads === undefined ? {} : { reads }),
  ...(shift ? { shift } : {}),
});

export const PALETTE_LETTERS: readonly PaletteLetter[] = [
  cyrillic('\u04D9', '\u04D8', 'SCHWA', 'KeyA'), // ә
  cyrillic('\u0493', '\u0492', 'GHE WITH STROKE', 'KeyG'), // ғ
  cyrillic('\u049B', '\u049A', 'KA WITH DESCENDER', 'KeyQ'), // қ
  cyrillic('\u04A3', '\u04A2', 'EN WITH DESCENDER', 'KeyN'), // ң
  cyrillic('\u04E9', '\u04E8', 'BARRED O', 'KeyO'), // ө
  cyrillic('\u04B1', '\u04B0', 'STRAIGHT U WITH STROKE', 'KeyU'), // ұ
  cyrillic('\u04AF', '\u04AE', 'STRAIGHT U', 'KeyY'), // ү
  cyrillic('\u04BB', '\u04BA', 'SHHA', 'KeyH'), // һ
  cyrillic('\u0456', '\u0406', 'BYELORUSSIAN-UKRAINIAN I', 'KeyI'), // і

  // The 1912 letters no Arabic keyboard has, then the ones only Persian keyboards have.
  arabic('\u0674', 'LETTER HIGH HAMZA', ['Quote']), // ٴ the front-vowel mark (дәйекше)
  arabic('\u06AD', 'LETTER NG', ['KeyN'], 'ң'), // ڭ
  arabic('\u06C7', 'LETTER U', ['KeyU'], 'ұ ү'), // ۇ
  arabic('\u06CB', 'LETTER VE', ['KeyW', 'KeyV'], 'у'), // ۋ
  arabic('\u06D5', 'LETTER AE', ['KeyE'], 'е'), // ە
  arabic('\u0649', 'LETTER ALEF MAKSURA', ['KeyY', 'KeyI'], 'ы і'), // ى
  arabic('\u067E', 'LETTER PEH', ['KeyP'], 'п'), // پ
  arabic('\u0686', 'LETTER TCHEH', ['KeyC'], 'ш'), // چ
  arabic('\u06AF', 'LETTER GAF', ['KeyG'], 'г'), // گ
  arabic('\u0639', 'LETTER AIN', ['KeyG'], 'ғ', true), // ع
  arabic('\u0642', 'LETTER QAF', ['KeyQ'], 'қ'), // ق
  arabic('\u0643', 'LETTER KAF', ['KeyK'], 'к'), // ك
  arabic('\u06BE', 'LETTER HEH DOACHASHMEE', ['KeyH'], 'һ'), // ھ
  arabic('\u062D', 'LETTER HAH', ['KeyX'], 'х'), // ح
  // Marks and letters digitisations and later Arabic-script Kazakh write.
  arabic('\u0621', 'LETTER HAMZA', ['Quote'], undefined, true), // ء
  arabic('\u06C6', 'LETTER OE', [], 'в'), // ۆ
  arabic('\u0675', 'LETTER HIGH HAMZA ALEF', [], 'ә'), // ٵ
  arabic('\u0676', 'LETTER HIGH HAMZA WAW', [], 'ө'), // ٶ
  arabic('\u0677', 'LETTER U WITH HAMZA ABOVE', [], 'ү'), // ٷ
  arabic('\u0678', 'LETTER HIGH HAMZA YEH', [], 'і'), // ٸ
  // Punctuation of Arabic-script print, where Latin keys type , ; ?
  arabic('\u060C', 'COMMA', ['Comma']), // ،
  arabic('\u061B', 'SEMICOLON', ['Semicolon']), // ؛
  arabic('\u061F', 'QUESTION MARK', ['Slash'], undefined, true), // ؟
];

/** Which group of letters a region's script (ISO 15924 code, or none) types with the shortcuts. */
export const paletteScript = (script: string | undefined): PaletteScript => (script === 'Arab' ? 'Arab' : 'Cyrl');

/**
 * The text Alt (+ Shift) with a physical key types in a region of this script, or null when the
 * key is not a palette shortcut. A Cyrillic letter with Shift is its capital.
 */
export function letterForKey(code: string, shift: boolean, script: string | undefined): string | null {
  const group = paletteScript(script);
  for (const letter of PALETTE_LETTERS) {
    if (letter.script !== group || !letter.codes.includes(code)) continue;
    if (Boolean(letter.shift) === shift) return letter.char;
    if (shift && letter.upper !== undefined) return letter.upper;
  }
  return null;
}

/** Key names as printed on a key cap, for the codes the palette uses. */
const KEY_NAMES: Readonly<Record<string, string>> = { Quote: "'", Comma: ',', Semicolon: ';', Slash: '/' };

/** The keys of a letter's first shortcut, e.g. ['Alt', 'Shift', 'G'], or null when it has none. */
export function shortcutKeys(letter: PaletteLetter): string[] | null {
  const code = letter.codes[0];
  if (code === undefined) return null;
  const key = KEY_NAMES[code] ?? code.replace(/^Key/, '');
  return letter.shift ? ['Alt', 'Shift', key] : ['Alt', key];
}
