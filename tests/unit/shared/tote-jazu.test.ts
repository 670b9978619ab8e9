import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ARABIC_TO_CYRILLIC,
  CYRILLIC_TO_ARABIC,
  FRONT_MARK,
  cyrillicToToteJazu,
  toteJazuToCyrillic,
} from '../../../src/shared/text/tote-jazu';
import { corpusFile } from '../../support/corpus';

const toArabic = cyrillicToToteJazu;
const toCyrillic = toteJazuToCyrillic;

/** Every letter of the Kazakh Cyrillic alphabet written alone, as the 1912 letters render it. */
const LETTERS: [string, string][] = [
  ['а', 'ا'],
  ['ә', 'ٴا'],
  ['б', 'ب'],
  ['в', 'ۋ'],
  ['г', 'گ'],
  ['ғ', 'ع'],
  ['д', 'د'],
  ['е', 'ە'],
  ['ё', 'يو'],
  ['ж', 'ج'],
  ['з', 'ز'],
  ['и', 'ىي'],
  ['й', 'ي'],
  ['к', 'ك'],
  ['қ', 'ق'],
  ['л', 'ل'],
  ['м', 'م'],
  ['н', 'ن'],
  ['ң', 'ڭ'],
  ['о', 'و'],
  ['ө', 'ٴو'],
  ['п', 'پ'],
  ['р', 'ر'],
  ['с', 'س'],
  ['т', 'ت'],
  ['у', 'ۋ'],
  ['ұ', 'ۇ'],
  ['ү', 'ٴۇ'],
  ['ф', 'پ'],
  ['х', 'ح'],
  ['һ', 'ھ'],
  ['ц', 'س'],
  ['ч', 'چ'],
  ['ш', 'چ'],
  ['щ', 'چ'],
  ['ъ', ''],
  ['ы', 'ى'],
  ['і', 'ٴى'],
  ['ь', ''],
  ['э', 'ە'],
  ['ю', 'يۋ'],
  ['я', 'يا'],
];

/** Loan letters the period spelling folds into Kazakh sounds: they come back as those sounds. */
const FOLDED: Record<string, string> = { в: 'у', ё: 'йо', ф: 'п', ц: 'с', ч: 'ш', щ: 'ш', ъ: '', ь: '', э: 'е' };

describe('Cyrillic → төте жазу, letter by letter', () => {
  it('covers the whole Kazakh Cyrillic alphabet', () => {
    expect(LETTERS).toHaveLength(42);
    expect(Object.keys(CYRILLIC_TO_ARABIC).sort()).toEqual(LETTERS.map(([c]) => c).sort());
  });

  it.each(LETTERS)('writes %s as «%s», capital or not', (cyrillic, arabic) => {
    expect(toArabic(cyrillic)).toBe(arabic);
    expect(toArabic(cyrillic.toUpperCase())).toBe(arabic);
  });

  it.each(LETTERS)('reads %s back', (cyrillic) => {
    expect(toCyrillic(toArabic(cyrillic))).toBe(FOLDED[cyrillic] ?? cyrillic);
  });
});

describe('төте жазу → Cyrillic, letter by letter', () => {
  const pairs: [string, string, string][] = [
    ['ا', 'а', 'ә'],
    ['و', 'о', 'ө'],
    ['ۇ', 'ұ', 'ү'],
    ['ى', 'ы', 'і'],
    ['ە', 'е', 'е'],
  ];

  it.each(pairs)('reads vowel %s as %s in a back word and %s after the mark', (letter, back, front) => {
    expect(toCyrillic(`ت${letter}ت`)).toBe(`т${back}т`);
    expect(toCyrillic(`${FRONT_MARK}ت${letter}ت`)).toBe(`т${front}т`);
  });

  it.each(Object.entries(ARABIC_TO_CYRILLIC).filter(([, r]) => r.back === r.front))('reads %s the same in either row', (letter, reading) => {
    expect(toCyrillic(letter)).toBe(reading.back);
  });

  it('reads ш from both چ (Baitursynov) and ش (later print, Xinjiang)', () => {
    expect(toCyrillic('الاچ')).toBe('алаш');
    expect(toCyrillic('الاش')).toBe('алаш');
  });

  it('reads the loan letters of today’s Xinjiang alphabet', () => {
    expect(toCyrillic('ۆ ف ح خ ھ')).toBe('в ф х х һ');
  });
});

describe('the front-vowel mark', () => {
  it('is written once, at the head of a front word', () => {
    expect(toArabic('біз')).toBe('ٴبىز');
    expect(toArabic('өзіміздің')).toBe('ٴوزىمىزدىڭ');
    expect(Array.from(toArabic('біздің')).filter((ch) => ch === FRONT_MARK)).toHaveLength(1);
  });

  it('is left out where ك, گ or ە already mark the word front', () => {
    expect(toArabic('үкімет')).toBe('ۇكىمەت');
    expect(toArabic('бүгін')).toBe('بۇگىن');
    expect(toArabic('өнер')).toBe('ونەر');
  });

  it('is never written in a back word', () => {
    expect(toArabic('қазақ')).toBe('قازاق');
    expect(toArabic('Алашорда')).toBe('الاچوردا');
  });

  it('is read in either code point, ٴ U+0674 or ء U+0621', () => {
    expect(toCyrillic('ٴبىز')).toBe('біз');
    expect(toCyrillic('ءبىز')).toBe('біз');
    expect(toCyrillic('بىز')).toBe('быз');
  });

  it('is not needed to read a word with ك, گ or ە as front', () => {
    expect(toCyrillic('ۇكىمەت')).toBe('үкімет');
    expect(toCyrillic('بۇگىن')).toBe('бүгін');
    expect(toCyrillic('ونەر')).toBe('өнер');
  });

  it('applies to the word inside quotes when set before them', () => {
    expect(toCyrillic('ء«بىر» ءسوز')).toBe('«бір» сөз');
  });

  it('is read from the one-code-point Kazakh hamza letters U+0675–U+0678', () => {
    expect(toCyrillic('\u0675ن \u0676ز \u0677ي \u0678س')).toBe('ән өз үй іс');
  });

  it('counts each part of a hyphenated word on its own', () => {
    expect(toArabic('бір-бірімен')).toBe('ٴبىر-بىرىمەن');
    expect(toCyrillic('ٴبىر-بىرىمەن')).toBe('бір-бірімен');
  });
});

describe('the seed article’s words', () => {
  it.each([
    ['Алаш', 'الاچ'],
    ['Алашорда', 'الاچوردا'],
    ['Әлихан', 'ٴالىيحان'],
    ['Бөкейханов', 'بوكەيحانوۋ'],
    ['Семей', 'سەمەي'],
    ['қараша', 'قاراچا'],
    ['Сарыарқа', 'سارىارقا'],
    ['үкімет', 'ۇكىمەت'],
    ['кеңес', 'كەڭەس'],
    ['съезд', 'سيەزد'],
    ['милиция', 'مىيلىيسىييا'],
    ['қасиеті', 'قاسىييەتى'],
  ])('writes %s as %s', (cyrillic, arabic) => {
    expect(toArabic(cyrillic)).toBe(arabic);
  });

  it('cannot carry words that mix the rows: they come back in one', () => {
    // The script marks a whole word front or back; Әли-хан and Бөкей-хан-ов are both.
    expect(toCyrillic(toArabic('Әлихан'))).toBe('әлихән');
    expect(toCyrillic(toArabic('Бөкейханов'))).toBe('бөкейхәнөу');
  });
});

describe('round trips', () => {
  const native = [
    'алаш',
    'алашорда',
    'қараша',
    'сарыарқа',
    'семей',
    'үкімет',
    'кеңес',
    'қазақ',
    'халық',
    'ұлттық',
    'мемлекет',
    'жер',
    'өз',
    'үй',
    'ән',
    'біз',
    'бүгін',
    'тиіс',
    'бие',
    'дүниеге',
    'қиял',
    'дария',
    'иә',
    'аю',
    'ұя',
    'жию',
    'тәуелсіздік',
    'бостандық',
    'жиналыс',
    'ауыл',
    'шаһар',
    'көшпелі',
    'қаңтар',
    'ғасыр',
  ];

  it.each(native)('brings %s back unchanged', (word) => {
    expect(toCyrillic(toArabic(word))).toBe(word);
  });

  it('brings a sentence back, lower case', () => {
    const sentence = 'Алашорда бүгіннен бастап қазақ халқының билігін өз қолына алады.';
    expect(toCyrillic(toArabic(sentence))).toBe(sentence.toLowerCase());
  });
});

describe('punctuation, digits, other scripts', () => {
  it('uses the Arabic comma, semicolon and question mark', () => {
    expect(toArabic('Иә, солай; солай ма?')).toBe('ٴىيا، سولاي؛ سولاي ما؟');
    expect(toCyrillic('ٴىيا، سولاي؛ سولاي ما؟')).toBe('иә, солай; солай ма?');
  });

  it('keeps full stops, dashes, guillemets and brackets', () => {
    expect(toArabic('«Алаш» — (Семей).')).toBe('«الاچ» — (سەمەي).');
  });

  it('writes Arabic-Indic digits and reads both Arabic and Persian ones', () => {
    expect(toArabic('1918 ж. 25 қараша, № 28')).toBe('١٩١٨ ج. ٢٥ قاراچا، № ٢٨');
    expect(toArabic('1,5')).toBe('١٫٥');
    expect(toCyrillic('١٩١٨ ۱۹۱۸ ١٫٥')).toBe('1918 1918 1,5');
  });

  it('leaves Latin text, its digits and its punctuation alone', () => {
    expect(toArabic('Muragat (CC0 1.0), Алаш 1918')).toBe('Muragat (CC0 1.0), الاچ ١٩١٨');
    expect(toArabic('Hello, world?')).toBe('Hello, world?');
    expect(toCyrillic('Muragat: قازاق')).toBe('Muragat: қазақ');
  });

  it('leaves the other direction’s script alone', () => {
    expect(toArabic('قازاق')).toBe('قازاق');
    expect(toCyrillic('қазақ')).toBe('қазақ');
  });

  it('passes empty and blank text through', () => {
    expect(toArabic('')).toBe('');
    expect(toCyrillic('')).toBe('');
    expect(toArabic(' \n\t ')).toBe(' \n\t ');
    expect(toCyrillic(' \n\t ')).toBe(' \n\t ');
  });
});

describe('digitised variants', () => {
  it('folds Farsi yeh, keheh and heh into ى, ك and ە', () => {
    expect(toCyrillic('ٴبیز')).toBe('біз');
    expect(toCyrillic('کەڭەس')).toBe('кеңес');
    expect(toCyrillic('كهڭهس')).toBe('кеңес');
    expect(toCyrillic('غاسىر')).toBe('ғасыр');
  });

  it('reads presentation forms, ۇ typed as waw with damma, tatweel and vowel signs', () => {
    expect(toCyrillic('ﻗﺎﺯﺍﻕ')).toBe('қазақ');
    expect(toCyrillic('قو\u064Fل')).toBe('құл');
    expect(toCyrillic('قـازَاق')).toBe('қазақ');
  });
});

/** A string field of a Google Fonts language textproto. */
function sample(file: string, key: string): string {
  const text = readFileSync(corpusFile(`text-samples/googlefonts-lang/${file}`), 'utf8');
  const quoted = new RegExp(`\\b${key}: ("(?:[^"\\\\]|\\\\.)*")`).exec(text)?.[1];
  if (quoted === undefined) throw new Error(`${file} has no ${key}`);
  return JSON.parse(quoted.replace(/\\'/g, "'")) as string;
}

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0);

/** Words the script carries back unchanged: one vowel row, no loan letters, и not spelled ый/ій. */
function carried(word: string): boolean {
  const back = !/[әеіөүкгэ]/u.test(word);
  const front = !/[аоұыя]/u.test(word);
  return (back || front) && !/[вфцчщъьэё]|ый|ій/u.test(word);
}

/** The Latin of the Google Fonts kk_Latn sample (MediaWiki's kk-latn) in Cyrillic, to compare words. */
const SAMPLE_LATIN: Record<string, string> = {
  a: 'а', ä: 'ә', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', ğ: 'ғ', h: 'һ', ı: 'ы', i: 'і', ï: 'и', j: 'ж', k: 'к', l: 'л',
  m: 'м', n: 'н', ñ: 'ң', o: 'о', ö: 'ө', p: 'п', q: 'қ', r: 'р', s: 'с', ş: 'ш', t: 'т', u: 'ұ', ü: 'ү', w: 'у', x: 'х', y: 'й', z: 'з',
};

describe('the Google Fonts Kazakh samples', () => {
  const arabicFields = ['styles', 'tester', 'specimen_48', 'specimen_36', 'specimen_32', 'specimen_21', 'specimen_16'];

  it('reads every character of the Arabic-script sample into Cyrillic', () => {
    for (const key of arabicFields) {
      const cyrillic = toCyrillic(sample('kk_Arab.textproto', key));
      expect(cyrillic, key).not.toMatch(/\p{Script=Arabic}/u);
      for (const letter of cyrillic.match(/\p{L}/gu) ?? []) expect(letter, key).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('reads each exemplar letter of the Arabic-script sample as one Cyrillic letter', () => {
    const exemplars = sample('kk_Arab.textproto', 'base').split(' ').filter((ch) => ch !== 'ء');
    for (const ch of exemplars) expect(toCyrillic(ch), ch).toMatch(/^[а-яәғқңөұүһі]$/u);
  });

  it('agrees with the Latin sample, which is the same sentence, but for what the script cannot say', () => {
    const fromArabic = words(toCyrillic(sample('kk_Arab.textproto', 'specimen_36')));
    const latin = sample('kk_Latn.textproto', 'specimen_36').split('\n')[0] ?? '';
    const fromLatin = words(Array.from(latin.toLowerCase(), (ch) => SAMPLE_LATIN[ch] ?? ch).join('').replace(/ий(?=[аәеоөұүыі])/gu, 'и'));
    expect(fromArabic).toHaveLength(fromLatin.length);
    const agreeing = fromArabic.filter((word, i) => word === fromLatin[i]).length;
    // Four differ: two mixed-row Arabic loans (қадір, қасиет) and two spellings of the sample
    // itself (كۇقىقتارى with kaf, and بىر unmarked inside the compound بىر-بىرىمەن).
    expect(agreeing).toBe(fromArabic.length - 4);
  });

  it('writes the Cyrillic sample with no Cyrillic left, and brings back every word the script can carry', () => {
    for (const key of ['specimen_36', 'specimen_32', 'specimen_21', 'specimen_16']) {
      const text = sample('kk_Cyrl.textproto', key);
      const arabic = toArabic(text);
      expect(arabic, key).not.toMatch(/\p{Script=Cyrillic}/u);
      const original = words(text);
      const back = words(toCyrillic(arabic));
      expect(back, key).toHaveLength(original.length);
      const kept = original.filter(carried);
      expect(kept.length / original.length, key).toBeGreaterThan(0.8);
      for (const [i, word] of original.entries()) if (carried(word)) expect(back[i], key).toBe(word);
    }
  });
});
