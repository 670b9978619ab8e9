import { describe, expect, it } from 'vitest';
import { isCapital, toKazakhLower, toKazakhUpper } from '../../../src/shared/text/kazakh-case';
import {
  LATIN_SCHEME_NAMES,
  OFFICIAL_2021,
  WIKIPEDIA,
  cyrillicToLatin,
  latinToCyrillic,
  type LatinScheme,
} from '../../../src/shared/text/latin';
import { SAMPLE_FIELDS, googleFontsSample } from './googlefonts-sample';

/** Each Cyrillic letter: its Latin in lowercase, and alone as a capital (an initial). */
type Letter = [cyrillic: string, lower: string, capital: string];

/** The 2021 alphabet (see latin-schemes.ts for the sources), and our spelling of the loan letters. */
const OFFICIAL_LETTERS: Letter[] = [
  ['а', 'a', 'A'],
  ['ә', 'ä', 'Ä'],
  ['б', 'b', 'B'],
  ['в', 'v', 'V'],
  ['г', 'g', 'G'],
  ['ғ', 'ğ', 'Ğ'],
  ['д', 'd', 'D'],
  ['е', 'e', 'E'],
  ['ё', 'io', 'İo'],
  ['ж', 'j', 'J'],
  ['з', 'z', 'Z'],
  ['и', 'i', 'İ'],
  ['й', 'i', 'İ'],
  ['к', 'k', 'K'],
  ['қ', 'q', 'Q'],
  ['л', 'l', 'L'],
  ['м', 'm', 'M'],
  ['н', 'n', 'N'],
  ['ң', 'ñ', 'Ñ'],
  ['о', 'o', 'O'],
  ['ө', 'ö', 'Ö'],
  ['п', 'p', 'P'],
  ['р', 'r', 'R'],
  ['с', 's', 'S'],
  ['т', 't', 'T'],
  ['у', 'u', 'U'],
  ['ұ', 'ū', 'Ū'],
  ['ү', 'ü', 'Ü'],
  ['ф', 'f', 'F'],
  ['х', 'h', 'H'],
  ['һ', 'h', 'H'],
  ['ц', 'ts', 'Ts'],
  ['ч', 'ch', 'Ch'],
  ['ш', 'ş', 'Ş'],
  ['щ', 'şş', 'Şş'],
  ['ъ', '', ''],
  ['ы', 'y', 'Y'],
  ['і', 'ı', 'I'],
  ['ь', '', ''],
  ['э', 'e', 'E'],
  ['ю', 'iu', 'İu'],
  ['я', 'ia', 'İa'],
];

/** Kazakh Wikipedia's Latin, MediaWiki's KkConverter. */
const WIKIPEDIA_LETTERS: Letter[] = [
  ['а', 'a', 'A'],
  ['ә', 'ä', 'Ä'],
  ['б', 'b', 'B'],
  ['в', 'v', 'V'],
  ['г', 'g', 'G'],
  ['ғ', 'ğ', 'Ğ'],
  ['д', 'd', 'D'],
  ['е', 'e', 'E'],
  ['ё', 'yo', 'Yo'],
  ['ж', 'j', 'J'],
  ['з', 'z', 'Z'],
  ['и', 'ï', 'Ï'],
  ['й', 'ý', 'Ý'],
  ['к', 'k', 'K'],
  ['қ', 'q', 'Q'],
  ['л', 'l', 'L'],
  ['м', 'm', 'M'],
  ['н', 'n', 'N'],
  ['ң', 'ñ', 'Ñ'],
  ['о', 'o', 'O'],
  ['ө', 'ö', 'Ö'],
  ['п', 'p', 'P'],
  ['р', 'r', 'R'],
  ['с', 's', 'S'],
  ['т', 't', 'T'],
  ['у', 'w', 'W'],
  ['ұ', 'u', 'U'],
  ['ү', 'ü', 'Ü'],
  ['ф', 'f', 'F'],
  ['х', 'x', 'X'],
  ['һ', 'h', 'H'],
  ['ц', 'c', 'C'],
  ['ч', 'ç', 'Ç'],
  ['ш', 'ş', 'Ş'],
  ['щ', 'şç', 'Şç'],
  ['ъ', 'ʺ', 'ʺ'],
  ['ы', 'ı', 'I'],
  ['і', 'i', 'İ'],
  ['ь', 'ʹ', 'ʹ'],
  ['э', 'é', 'É'],
  ['ю', 'yu', 'Yu'],
  ['я', 'ya', 'Ya'],
];

const SCHEMES: [LatinScheme, Letter[], Readonly<Record<string, string>>][] = [
  ['official-2021', OFFICIAL_LETTERS, OFFICIAL_2021],
  ['wikipedia', WIKIPEDIA_LETTERS, WIKIPEDIA],
];

describe.each(SCHEMES)('%s: Cyrillic → Latin, letter by letter', (scheme, letters, table) => {
  it('covers the 42 letters of the Kazakh Cyrillic alphabet', () => {
    expect(letters).toHaveLength(42);
    expect(Object.keys(table).sort()).toEqual(letters.map(([c]) => c).sort());
    expect(LATIN_SCHEME_NAMES).toContain(scheme);
  });

  it.each(letters)('writes %s as «%s», capital «%s»', (cyrillic, lower, capital) => {
    expect(cyrillicToLatin(cyrillic, scheme)).toBe(lower);
    expect(cyrillicToLatin(cyrillic.toUpperCase(), scheme)).toBe(capital);
  });

  it.each(letters)('writes %s in a capitalised word and in a word in capitals', (cyrillic, lower) => {
    const a = cyrillicToLatin('а', scheme);
    expect(cyrillicToLatin(`${cyrillic.toUpperCase()}а`, scheme)).toBe(`${lower === '' ? '' : toKazakhUpper(lower.charAt(0)) + lower.slice(1)}${a}`);
    expect(cyrillicToLatin(`${cyrillic.toUpperCase()}А`, scheme)).toBe(`${toKazakhUpper(lower)}A`);
  });
});

/** Latin → Cyrillic for each letter alone, at the start of a word. */
const OFFICIAL_READINGS: [string, string][] = [
  ['a', 'а'],
  ['ä', 'ә'],
  ['b', 'б'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['ğ', 'ғ'],
  ['h', 'х'],
  ['ı', 'і'],
  ['i', 'и'],
  ['j', 'ж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['ñ', 'ң'],
  ['o', 'о'],
  ['ö', 'ө'],
  ['p', 'п'],
  ['q', 'қ'],
  ['r', 'р'],
  ['s', 'с'],
  ['ş', 'ш'],
  ['t', 'т'],
  ['u', 'у'],
  ['ū', 'ұ'],
  ['ü', 'ү'],
  ['v', 'в'],
  ['y', 'ы'],
  ['z', 'з'],
  ['ch', 'ч'],
  ['şş', 'щ'],
  ['ts', 'ц'],
  ['ia', 'я'],
  ['iu', 'ю'],
  ['io', 'ё'],
];

const WIKIPEDIA_READINGS: [string, string][] = [
  ['a', 'а'],
  ['ä', 'ә'],
  ['b', 'б'],
  ['c', 'ц'],
  ['ç', 'ч'],
  ['d', 'д'],
  ['e', 'е'],
  ['é', 'э'],
  ['f', 'ф'],
  ['g', 'г'],
  ['ğ', 'ғ'],
  ['h', 'һ'],
  ['ı', 'ы'],
  ['i', 'і'],
  ['ï', 'и'],
  ['j', 'ж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['ñ', 'ң'],
  ['o', 'о'],
  ['ö', 'ө'],
  ['p', 'п'],
  ['q', 'қ'],
  ['r', 'р'],
  ['s', 'с'],
  ['ş', 'ш'],
  ['t', 'т'],
  ['u', 'ұ'],
  ['ü', 'ү'],
  ['v', 'в'],
  ['w', 'у'],
  ['x', 'х'],
  ['y', 'й'],
  ['ý', 'й'],
  ['z', 'з'],
  ['ʺ', 'ъ'],
  ['ʹ', 'ь'],
  ['şç', 'щ'],
  ['ye', 'е'],
  ['yo', 'ё'],
  ['yu', 'ю'],
  ['yw', 'ю'],
  ['ya', 'я'],
];

describe.each([
  ['official-2021', OFFICIAL_READINGS],
  ['wikipedia', WIKIPEDIA_READINGS],
] as const)('%s: Latin → Cyrillic, letter by letter', (scheme, readings) => {
  it.each(readings)('reads «%s» as %s, and its capital as the capital', (latin, cyrillic) => {
    expect(latinToCyrillic(latin, scheme)).toBe(cyrillic);
    if (latin === 'ʺ' || latin === 'ʹ') return; // caseless: they take their neighbours' case (below)
    expect(latinToCyrillic(toKazakhUpper(latin.charAt(0)) + latin.slice(1), scheme)).toBe(cyrillic.toUpperCase());
    expect(latinToCyrillic(toKazakhUpper(latin), scheme)).toBe(cyrillic.toUpperCase());
  });

  // The 2021 alphabet drops ъ and ь and shares i, h and e between two letters each: see below.
  const distinct = (SCHEMES.find(([name]) => name === scheme)?.[1] ?? []).filter(
    ([cyrillic, lower]) => lower !== '' && !(scheme === 'official-2021' && 'йһэ'.includes(cyrillic)),
  );

  it.each(distinct)('brings %s back from its own Latin', (cyrillic, lower) => {
    expect(latinToCyrillic(lower, scheme)).toBe(cyrillic);
  });
});

describe('official-2021: reading back what two Cyrillic letters share', () => {
  it('reads i as й after a vowel and и elsewhere', () => {
    for (const word of ['бай', 'үй', 'Ресей', 'Василий', 'ойын', 'айтса', 'сұйық', 'ит', 'ие', 'кие', 'киім', 'Ирбит', 'тиіс']) {
      expect(latinToCyrillic(cyrillicToLatin(word, 'official-2021'), 'official-2021'), word).toBe(word);
    }
  });

  it('reads ia as я at the start or after a vowel, и + а after a consonant', () => {
    for (const word of ['аяқ', 'таяқ', 'қиял', 'Россия', 'комиссия', 'Азия', 'Ялта', 'социализм', 'материал', 'пролетариат', 'диалект']) {
      expect(latinToCyrillic(cyrillicToLatin(word, 'official-2021'), 'official-2021'), word).toBe(word);
    }
  });

  it('reads iu as ю, io as ё only at the start of a word', () => {
    for (const word of ['аю', 'кию', 'қою', 'революция', 'бюро', 'ёлка', 'период', 'радио', 'революционер', 'биология']) {
      expect(latinToCyrillic(cyrillicToLatin(word, 'official-2021'), 'official-2021'), word).toBe(word);
    }
    expect(cyrillicToLatin('актёр', 'official-2021')).toBe('aktior');
    expect(latinToCyrillic('aktior', 'official-2021')).toBe('актиор');
  });

  it('reads ts as ц at the start and before i, т + с in Kazakh conditionals', () => {
    for (const word of ['айтса', 'кетсе', 'жетсін', 'тартсын', 'станция', 'милиция', 'центр', 'цирк', 'Цой']) {
      expect(latinToCyrillic(cyrillicToLatin(word, 'official-2021'), 'official-2021'), word).toBe(word);
    }
  });

  it('keeps ch for ч so that т + ш reads back, and şş for щ', () => {
    expect(cyrillicToLatin('чемпион айтшы кетші ащы', 'official-2021')).toBe('chempion aitşy ketşı aşşy');
    expect(latinToCyrillic('chempion aitşy ketşı aşşy', 'official-2021')).toBe('чемпион айтшы кетші ащы');
  });

  it('takes х for h, е for e, and loses the hard and soft signs', () => {
    expect(latinToCyrillic(cyrillicToLatin('халық шаһар электр съезд', 'official-2021'), 'official-2021')).toBe('халық шахар електр сезд');
  });
});

describe('wikipedia: KkConverter context', () => {
  it('writes е as ye after a vowel or a sign, not after ы, і, у, nor at the start', () => {
    expect(cyrillicToLatin('қасиет дүниеге съезд ел ыеде', 'wikipedia')).toBe('qasïyet dünïyege sʺyezd el ıede');
    expect(latinToCyrillic('qasïyet dünïyege sʺyezd el', 'wikipedia')).toBe('қасиет дүниеге съезд ел');
  });

  it('reads the diaspora y for й, and y + vowel as one letter', () => {
    expect(latinToCyrillic('Abay Qoyan Ayagöz Yevropa', 'wikipedia')).toBe('Абай Қоян Аягөз Европа');
  });

  it('brings back every word of a sentence', () => {
    const text = 'Мұстафа Шоқай, Әлихан Бөкейханов, Міржақып Дулатов: үйелмен, объём, щи, Чаадаев, Эдуард.';
    expect(latinToCyrillic(cyrillicToLatin(text, 'wikipedia'), 'wikipedia')).toBe(text);
  });
});

describe('Kazakh capitals', () => {
  it('pairs ı with I and i with İ', () => {
    expect(toKazakhUpper('ıi')).toBe('Iİ');
    expect(toKazakhLower('Iİ')).toBe('ıi');
    expect(toKazakhLower('İSTANBUL')).toBe('istanbul');
    expect(isCapital('İ') && isCapital('I') && isCapital('Ә') && !isCapital('ı') && !isCapital('5')).toBe(true);
  });

  it('writes words in capitals in capitals, capitalised words capitalised', () => {
    expect(cyrillicToLatin('ШЫМКЕНТ Шымкент', 'official-2021')).toBe('ŞYMKENT Şymkent');
    expect(cyrillicToLatin('ШЫМКЕНТ Шымкент', 'wikipedia')).toBe('ŞIMKENT Şımkent');
    expect(cyrillicToLatin('Іле ІЛЕ Ирбит', 'official-2021')).toBe('Ile ILE İrbit');
    expect(cyrillicToLatin('Іле ІЛЕ Ирбит', 'wikipedia')).toBe('İle İLE Ïrbït');
    expect(cyrillicToLatin('Юрий ЮРИЙ Ю. Щербаков ЩЕРБАКОВ', 'official-2021')).toBe('İurii İURİİ İu. Şşerbakov ŞŞERBAKOV');
    expect(cyrillicToLatin('Юрий ЮРИЙ Ю. Щербаков ЩЕРБАКОВ', 'wikipedia')).toBe('Yurïý YURÏÝ Yu. Şçerbakov ŞÇERBAKOV');
  });

  it('reads capitals back by the same pairs', () => {
    expect(latinToCyrillic('ŞYMKENT Ile ILE İrbit İURİİ', 'official-2021')).toBe('ШЫМКЕНТ Іле ІЛЕ Ирбит ЮРИЙ');
    expect(latinToCyrillic('ŞIMKENT İle Irıs ÏRBÏT', 'wikipedia')).toBe('ШЫМКЕНТ Іле Ырыс ИРБИТ');
  });

  it('gives the caseless ʺ and ʹ the case of the word around them', () => {
    expect(cyrillicToLatin('СЪЕЗД Съезд', 'wikipedia')).toBe('SʺYEZD Sʺyezd');
    expect(latinToCyrillic('SʺYEZD Sʺyezd TAŞKENTʹ', 'wikipedia')).toBe('СЪЕЗД Съезд ТАШКЕНТЬ');
  });

  it('reads an i that JavaScript lowercased from İ (i + U+0307) as i', () => {
    expect(latinToCyrillic('i\u0307rbit', 'official-2021')).toBe('ирбит');
  });
});

describe('other scripts and characters', () => {
  it('leaves text in other scripts, digits and punctuation alone', () => {
    const mixed = 'Alash «Алаш» الاش Ἀλάς 1917—1920, № 28!';
    expect(cyrillicToLatin(mixed, 'official-2021')).toBe('Alash «Alaş» الاش Ἀλάς 1917—1920, № 28!');
    expect(latinToCyrillic(mixed, 'wikipedia')).toBe('Аласһ «Алаш» الاش Ἀλάς 1917—1920, № 28!');
    for (const scheme of LATIN_SCHEME_NAMES) {
      expect(cyrillicToLatin('', scheme)).toBe('');
      expect(latinToCyrillic('', scheme)).toBe('');
      expect(cyrillicToLatin('الاشوردا 1918', scheme)).toBe('الاشوردا 1918');
      expect(latinToCyrillic('الاشوردا 1918', scheme)).toBe('الاشوردا 1918');
    }
  });

  it('composes a decomposed й and leaves letters outside the tables as they are', () => {
    expect(cyrillicToLatin('ба\u0438\u0306', 'wikipedia')).toBe('baý');
    expect(cyrillicToLatin('ба\u0438\u0306', 'official-2021')).toBe('bai');
    expect(cyrillicToLatin('вѣра', 'official-2021')).toBe('vѣra');
  });
});

describe('the seed article and the corpus samples', () => {
  it('writes the seed article’s own Latin gloss: «Алаш автономиясы (Alaş avtonomïyası)»', () => {
    // /work/shared/seed/alash-autonomy.kk.txt opens with «Алаш автономиясы (Alaş avtonomïyası)».
    expect(cyrillicToLatin('Алаш автономиясы', 'wikipedia')).toBe('Alaş avtonomïyası');
    expect(latinToCyrillic('Alaş avtonomïyası', 'wikipedia')).toBe('Алаш автономиясы');
    expect(cyrillicToLatin('Алаш автономиясы', 'official-2021')).toBe('Alaş avtonomiiasy');
    expect(latinToCyrillic('Alaş avtonomiiasy', 'official-2021')).toBe('Алаш автономиясы');
  });

  /**
   * The kk_Latn sample is UDHR article 1 in Kazakh Wikipedia's Latin, twice; kk_Cyrl holds other
   * articles (4, 8, 9, 12, 18, 24), so the two are not parallel. Article 1 in Cyrillic, from the
   * UN's Kazakh text of the Declaration:
   */
  const ARTICLE_1 =
    'Барлық адамдар тумысынан азат және қадір-қасиеті мен құқықтары тең болып дүниеге келеді. ' +
    'Адамдарға ақыл-парасат, ар-ождан берілген, сондықтан олар бір-бірімен туыстық, бауырмалдық қарым-қатынас жасаулары тиіс.';

  it('writes UDHR article 1 exactly as the kk_Latn sample does, and reads the sample back', () => {
    for (const key of SAMPLE_FIELDS) {
      const latin = googleFontsSample('kk_Latn.textproto', key);
      for (const line of latin.split('\n')) {
        expect(ARTICLE_1.startsWith(latinToCyrillic(line, 'wikipedia')), `${key}: ${line}`).toBe(true);
      }
    }
    const specimen = googleFontsSample('kk_Latn.textproto', 'specimen_36').split('\n')[0];
    expect(cyrillicToLatin(ARTICLE_1, 'wikipedia')).toBe(specimen);
  });

  it('writes the kk_Cyrl sample in both schemes and reads every word back', () => {
    for (const key of SAMPLE_FIELDS) {
      const text = googleFontsSample('kk_Cyrl.textproto', key);
      for (const scheme of LATIN_SCHEME_NAMES) {
        const latin = cyrillicToLatin(text, scheme);
        expect(latin, `${scheme} ${key}`).not.toMatch(/\p{Script=Cyrillic}/u);
        expect(latinToCyrillic(latin, scheme), `${scheme} ${key}`).toBe(text);
      }
    }
  });

  it('writes the kk_Cyrl sample’s opening in the 2021 alphabet', () => {
    expect(cyrillicToLatin(googleFontsSample('kk_Cyrl.textproto', 'styles'), 'official-2021')).toBe('Adam balasy üielmenınıñ barlyq müşelerıne');
  });
});
