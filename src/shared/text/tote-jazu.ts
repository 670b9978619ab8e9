import {
  ARABIC_DIGITS,
  ARABIC_PUNCTUATION,
  ARABIC_TO_CYRILLIC,
  ARABIC_VARIANTS,
  CYRILLIC_TO_ARABIC,
  DECIMAL_SEPARATOR,
  FRONT_MARK,
  FRONT_MARKS,
  FRONT_VOWELS,
  HAMZA_LETTERS,
  PERSIAN_DIGITS,
  PUNCTUATION_TO_ARABIC,
  SELF_FRONT_LETTERS,
  VOWELS,
} from './tote-jazu-letters';

export * from './tote-jazu-letters';

/** A Cyrillic word (accents allowed, dropped), a run of other letters or digits, or one character. */
const TOKEN = /(?<cyrillic>\p{Script=Cyrillic}[\p{Script=Cyrillic}\p{Mn}]*)|(?<other>(?:(?!\p{Script=Cyrillic})[\p{L}\p{N}\p{M}])+)|(?<char>[^])/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;
const DIGIT = /^[0-9]$/;

/** One Cyrillic word in Baitursynov letters, with the mark if it is front and nothing else shows it. */
function writeWord(word: string): string {
  const letters = Array.from(word.toLowerCase()).filter((ch) => !/\p{Mn}/u.test(ch));
  let written = '';
  for (const [i, ch] of letters.entries()) {
    const before = letters[i - 1];
    // е after a vowel or a hard/soft sign is sounded йе: қасиет, съезд.
    const iotated = ch === 'е' && before !== undefined && (VOWELS.has(before) || before === 'ъ' || before === 'ь');
    written += iotated ? 'يە' : (CYRILLIC_TO_ARABIC[ch] ?? ch);
  }
  const front = letters.some((ch) => FRONT_VOWELS.has(ch));
  const markedByLetters = Array.from(written).some((ch) => SELF_FRONT_LETTERS.has(ch));
  return front && !markedByLetters ? FRONT_MARK + written : written;
}

const toArabicDigits = (digits: string): string => digits.replace(/[0-9]/g, (d) => ARABIC_DIGITS[Number(d)] ?? d);

/**
 * Kazakh Cyrillic → *төте жазу* as printed in 1912–1924: case folded, Arabic punctuation and
 * digits. Text in other scripts is left alone, and so are the digits and punctuation that
 * belong to it (those after a Latin word, say).
 */
export function cyrillicToToteJazu(text: string): string {
  const source = text.normalize('NFC');
  const firstLetter = LETTER.exec(source)?.[0];
  let inCyrillic = firstLetter === undefined || CYRILLIC.test(firstLetter);
  let out = '';
  for (const match of source.matchAll(TOKEN)) {
    const { cyrillic, other, char = '' } = match.groups ?? {};
    if (cyrillic !== undefined) {
      inCyrillic = true;
      out += writeWord(cyrillic);
    } else if (other !== undefined) {
      if (LETTER.test(other)) inCyrillic = false;
      out += inCyrillic ? toArabicDigits(other) : other;
    } else {
      const punctuation = inCyrillic ? PUNCTUATION_TO_ARABIC[char] : undefined;
      const between = DIGIT.test(source[match.index - 1] ?? '') && DIGIT.test(source[match.index + 1] ?? '');
      out += punctuation === undefined ? char : char === ',' && between ? DECIMAL_SEPARATOR : punctuation;
    }
  }
  return out;
}

const VARIANT = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}]`, 'gu');

/** Folds what digitised Arabic-script text varies in to the letters of the tables. */
function normalise(text: string): string {
  return (
    text
      // Presentation forms (ﺑ, ﻻ…) come from PDFs and old encodings.
      .replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]/gu, (ch) => ch.normalize('NFKC'))
      .replace(/[\u0675-\u0678]/gu, (ch) => HAMZA_LETTERS[ch] ?? ch)
      // ۇ is sometimes typed as waw with damma; the other vowel signs and tatweel carry nothing.
      .replace(/و\u064F/gu, 'ۇ')
      .replace(/\u0640|[\u064B-\u065F\u0670]|\u200C|\u200D/gu, '')
      .replace(VARIANT, (ch) => ARABIC_VARIANTS[ch] ?? ch)
      // A mark set before an opening quote belongs to the word inside it: ء«بىر.
      .replace(/([\u0674\u0621])([«“„([]+)/gu, '$2$1')
  );
}

/** й and a vowel that Cyrillic writes as one letter: я only in back words (front ones write йә, иә), ю in both. */
const IOTATED_BACK: Readonly<Record<string, string>> = { ا: 'я', ۋ: 'ю' };
const IOTATED_FRONT: Readonly<Record<string, string>> = { ۋ: 'ю' };
const VOWEL_LETTERS: ReadonlySet<string> = new Set(['ا', 'و', 'ۇ', 'ى', 'ە']);

/** One Arabic-script word in Cyrillic: front or back for the whole word, as the script says. */
function readWord(word: string): string {
  const chars = Array.from(word);
  const front = chars.some((ch) => FRONT_MARKS.has(ch) || SELF_FRONT_LETTERS.has(ch));
  const letters = chars.filter((ch) => !FRONT_MARKS.has(ch));
  const iotated = front ? IOTATED_FRONT : IOTATED_BACK;
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i] ?? '';
    const next = letters[i + 1] ?? '';
    if (ch === 'ى' && next === 'ي') {
      // ый/ій is и, and it lends its й to a vowel after it: ىيا and ىييا both read ия (иә when front).
      out += 'и';
      i++;
      if (letters[i + 1] === 'ي' && ['ا', 'ۋ', 'ە'].includes(letters[i + 2] ?? '')) i++;
      const vowel = iotated[letters[i + 1] ?? ''];
      if (vowel !== undefined) {
        out += vowel;
        i++;
      }
      continue;
    }
    if (ch === 'ي') {
      const vowel = iotated[next];
      const ye = next === 'ە' && (i === 0 || VOWEL_LETTERS.has(letters[i - 1] ?? ''));
      if (vowel !== undefined || ye) {
        out += vowel ?? 'е';
        i++;
        continue;
      }
    }
    const reading = ARABIC_TO_CYRILLIC[ch];
    out += reading === undefined ? ch : front ? reading.front : reading.back;
  }
  return out;
}

const WORD_CHARS: ReadonlySet<string> = new Set([...Object.keys(ARABIC_TO_CYRILLIC), ...FRONT_MARKS]);

function readChar(ch: string): string {
  const digit = Math.max(ARABIC_DIGITS.indexOf(ch), PERSIAN_DIGITS.indexOf(ch));
  return digit >= 0 ? String(digit) : (ARABIC_PUNCTUATION[ch] ?? ch);
}

/**
 * *төте жазу* (Baitursynov's or today's Xinjiang spelling) → Kazakh Cyrillic, lowercase since
 * the script has no case. Front or back vowels are read for a whole word from the mark (ٴ or ء)
 * or from ك, گ, ە in it; words that mix the two rows (Әлихан, қасиет) cannot be told apart and
 * come back in one row. Text in other scripts is left alone.
 */
export function toteJazuToCyrillic(text: string): string {
  let out = '';
  let word = '';
  for (const ch of normalise(text)) {
    if (WORD_CHARS.has(ch)) {
      word += ch;
      continue;
    }
    out += readWord(word) + readChar(ch);
    word = '';
  }
  return out + readWord(word);
}
