/**
 * Letter tables of *төте жазу*, the Arabic-based Kazakh script of Ahmet Baitursynov, as the
 * Kazakh press of 1913–1920 («Қазақ», «Сарыарқа») printed it. Sources read:
 *
 * - A. Baitursynov, «Оқу құралы» (1912) and his articles on the alphabet in «Қазақ», collected
 *   in «Тіл — құрал»: 24 letters, every vowel written, one letter for each front/back pair
 *   (а/ә, о/ө, ұ/ү, ы/і), the front-vowel mark (дәйекше) once at the head of a word, and none in
 *   a word that has к, г or е, which are front by themselves. There he also explains why he took
 *   چ rather than ش for ш (Kazakh has one hushing sound, so one letter).
 * - Қ. Күдеринова, «Қазақ жазуының тарихы мен теориясы» (2013): the 1912 letter set, with
 *   ш = چ, у = ۋ, ң = ڭ, ұ/ү = ۇ; ф, х, һ, ч, ц, в and ش left out.
 * - Unicode chart Arabic U+0600–U+06FF: U+0674 ARABIC LETTER HIGH HAMZA (Kazakh), U+06C7 U,
 *   U+06CB VE, U+06AD NG, U+06D5 AE, and U+0675–U+0678, the Kazakh hamza-letter compatibility
 *   characters.
 * - Wikipedia, «Төте жазу» / "Kazakh alphabets": the Arabic-script Kazakh of Xinjiang today is
 *   Baitursynov's script extended for loans (ۆ в, ف ф, ح х, ھ һ, چ ч with ش ш). We write the
 *   period forms and read both.
 */

/** U+0674 ARABIC LETTER HIGH HAMZA: the front-vowel mark as we write it. */
export const FRONT_MARK = '\u0674';

/** Marks read as the front-vowel mark: high hamza and the plain hamza many digitisations use. */
export const FRONT_MARKS: ReadonlySet<string> = new Set([FRONT_MARK, '\u0621']);

/** Cyrillic vowels of the front row; a word with any of them takes the mark. */
export const FRONT_VOWELS: ReadonlySet<string> = new Set(['ә', 'е', 'і', 'ө', 'ү', 'э']);

/** Letters that make a word front by themselves, so it needs no mark: ك к, گ г, ە е. */
export const SELF_FRONT_LETTERS: ReadonlySet<string> = new Set(['ك', 'گ', 'ە']);

/** Cyrillic vowel letters after which е is sounded and written йе (қасиет → قاسىييەت). */
export const VOWELS: ReadonlySet<string> = new Set(Array.from('аәеёиоөұүыіэюя'));

/**
 * Kazakh Cyrillic → Baitursynov letters, lowercase. Front and back vowels share a letter; the
 * mark tells them apart. Loans are written as a Kazakh of 1918 said them, in the 1912 letters:
 * в → у, ф → п, ц → с, ч and щ → ш; и is ый/ій, and ё, ю, я are йо, йу, йа. The hard and soft
 * signs are not written. х and һ have no 1912 letter; we use ح and ھ, as Kazakh Arabic-script
 * printing does for Arabic and Persian words, so that the sounds survive the way back.
 */
export const CYRILLIC_TO_ARABIC: Readonly<Record<string, string>> = {
  а: 'ا',
  ә: 'ا',
  б: 'ب',
  в: 'ۋ',
  г: 'گ',
  ғ: 'ع',
  д: 'د',
  е: 'ە',
  ё: 'يو',
  ж: 'ج',
  з: 'ز',
  и: 'ىي',
  й: 'ي',
  к: 'ك',
  қ: 'ق',
  л: 'ل',
  м: 'م',
  н: 'ن',
  ң: 'ڭ',
  о: 'و',
  ө: 'و',
  п: 'پ',
  р: 'ر',
  с: 'س',
  т: 'ت',
  у: 'ۋ',
  ұ: 'ۇ',
  ү: 'ۇ',
  ф: 'پ',
  х: 'ح',
  һ: 'ھ',
  ц: 'س',
  ч: 'چ',
  ш: 'چ',
  щ: 'چ',
  ъ: '',
  ы: 'ى',
  і: 'ى',
  ь: '',
  э: 'ە',
  ю: 'يۋ',
  я: 'يا',
};

/** A letter read back: its Cyrillic value in a back-vowel word and in a front-vowel word. */
export interface Reading {
  back: string;
  front: string;
}

const same = (letter: string): Reading => ({ back: letter, front: letter });

/**
 * Baitursynov letters (and the Xinjiang loan letters) → Cyrillic. Both ش and چ read ш: in the
 * period texts چ is ш, and Kazakh has no ч of its own.
 */
export const ARABIC_TO_CYRILLIC: Readonly<Record<string, Reading>> = {
  ا: { back: 'а', front: 'ә' },
  و: { back: 'о', front: 'ө' },
  ۇ: { back: 'ұ', front: 'ү' },
  ى: { back: 'ы', front: 'і' },
  ە: same('е'),
  ب: same('б'),
  پ: same('п'),
  ت: same('т'),
  ج: same('ж'),
  چ: same('ш'),
  ش: same('ш'),
  د: same('д'),
  ر: same('р'),
  ز: same('з'),
  س: same('с'),
  ع: same('ғ'),
  ق: same('қ'),
  ك: same('к'),
  گ: same('г'),
  ڭ: same('ң'),
  ل: same('л'),
  م: same('м'),
  ن: same('н'),
  ۋ: same('у'),
  ي: same('й'),
  ح: same('х'),
  خ: same('х'),
  ھ: same('һ'),
  ف: same('ф'),
  ۆ: same('в'),
};

/**
 * Code points digitised text uses for the same letters (Persian keyboards, Arabic fonts,
 * Arabic and Persian words in older spelling), folded before reading.
 */
export const ARABIC_VARIANTS: Readonly<Record<string, string>> = {
  ی: 'ى', // U+06CC FARSI YEH
  ک: 'ك', // U+06A9 KEHEH
  ڪ: 'ك', // U+06AA SWASH KAF
  ڬ: 'ك', // U+06AC KAF WITH DOT ABOVE, in some reproductions of the 1920s tables
  ه: 'ە', // U+0647 HEH, typed for ە
  ہ: 'ە', // U+06C1 HEH GOAL
  ة: 'ە', // U+0629 TEH MARBUTA
  غ: 'ع', // U+063A GHAIN
  آ: 'ا',
  أ: 'ا',
  إ: 'ا',
  ؤ: 'و',
  ژ: 'ج',
  ث: 'س',
  ص: 'س',
  ط: 'ت',
  ذ: 'ز',
  ض: 'ز',
  ظ: 'ز',
};

/** U+0675–U+0678: one code point for mark and letter; we read them as the two. */
export const HAMZA_LETTERS: Readonly<Record<string, string>> = {
  ٵ: `${FRONT_MARK}ا`,
  ٶ: `${FRONT_MARK}و`,
  ٷ: `${FRONT_MARK}ۇ`,
  ٸ: `${FRONT_MARK}ى`,
};

/** Punctuation of Arabic-script Kazakh print. */
export const PUNCTUATION_TO_ARABIC: Readonly<Record<string, string>> = { ',': '،', ';': '؛', '?': '؟' };

/** Read back, with the Arabic decimal separator that a comma between digits becomes. */
export const ARABIC_PUNCTUATION: Readonly<Record<string, string>> = { '،': ',', '؛': ';', '؟': '?', '٫': ',' };

export const DECIMAL_SEPARATOR = '٫';

/**
 * Digits: the Arabic-Indic forms U+0660–U+0669, as the Arabic-script Turkic press of the time
 * set them (Kazan, Orenburg and Ufa type). Read back: these and the Persian forms U+06F0–U+06F9.
 */
export const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
export const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
