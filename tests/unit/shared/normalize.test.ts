import { describe, expect, it } from 'vitest';
import { cyrillicToLatin } from '../../../src/shared/text/latin';
import { foldLookAlikes } from '../../../src/shared/text/look-alikes';
import { normalizeForSearch, queryKeys, searchKeys, tokenize } from '../../../src/shared/text/normalize';
import { cyrillicToToteJazu } from '../../../src/shared/text/tote-jazu';
import { googleFontsSample } from './googlefonts-sample';

const norm = (text: string): string => normalizeForSearch(text);
const bare = (text: string): string => normalizeForSearch(text, { diacritics: false });

describe('normalizeForSearch', () => {
  it('applies NFKC: ligatures, full-width letters, Arabic presentation forms', () => {
    expect(norm('ﬁle')).toBe('file');
    expect(norm('ＡＬＡＳ')).toBe('alas');
    expect(norm('ﻗﺎﺯﺍﻕ')).toBe('قازاق');
  });

  it('lowercases the Kazakh way: I is ı, İ is i', () => {
    expect(norm('ALAŞORDA')).toBe('alaşorda');
    expect(norm('İLE')).toBe('ile');
    expect(norm('ILE')).toBe('ıle');
    expect(norm('ҚАЗАҚ ЕЛІ')).toBe('қазақ елі');
  });

  it('folds the schwa and Latin letters typed inside Cyrillic words into Cyrillic', () => {
    expect(norm('əке Əлихан')).toBe('әке әлихан');
    expect(norm('Қaзaқ')).toBe('қазақ'); // Latin a
    expect(norm('бiлiм')).toBe('білім'); // Latin i
    expect(norm('шahар')).toBe('шаһар'); // Latin a and h
    expect(norm('Cемей')).toBe('семей'); // Latin C
    expect(norm('кoрпус')).toBe('корпус'); // Latin o
    expect(norm('Yкімет')).toBe('үкімет'); // Latin Y for the straight Ү
    expect(norm('yлкен')).toBe('улкен'); // Latin y
  });

  it('folds Cyrillic letters typed inside Latin words into Latin', () => {
    expect(norm('Kazaк')).toBe('kazak');
    expect(norm('Аlаş')).toBe('alaş'); // Cyrillic А and а
    expect(norm('Qаzаqstаn')).toBe('qazaqstan');
    expect(norm('Іle')).toBe('ile'); // Cyrillic І: the dotted i
  });

  it('leaves words in one script, and words split evenly between two, as they are', () => {
    expect(norm('cop сор')).toBe('cop сор');
    expect(foldLookAlikes('рa')).toBe('рa');
    expect(foldLookAlikes('Azərbaycan')).toBe('Azərbaycan');
  });

  it('folds Arabic-script variants: tatweel, harakat, Persian letters, hamza letters, the plain hamza', () => {
    expect(norm('قـازَاق')).toBe('قازاق');
    expect(norm('کەڭەس')).toBe('كەڭەس');
    expect(norm('ٴبیز')).toBe('ٴبىز');
    expect(norm('كهڭهس')).toBe('كەڭەس');
    expect(norm('ءبىر')).toBe('ٴبىر');
    expect(norm('ٵلىحان')).toBe('ٴالىحان');
    expect(norm('قو\u064Fل')).toBe('قۇل');
  });

  it('writes Eastern digits as 0–9 and drops invisible characters', () => {
    expect(norm('١٩١٨ ۱۹۱۷')).toBe('1918 1917');
    expect(norm('Ала\u00ADшорда')).toBe('алашорда');
    expect(norm('ال\u200Cاش\u200B')).toBe('الاش');
  });

  it('ignores diacritics only when asked', () => {
    expect(bare('äöüğşñūıïéçý')).toBe('aougsnuiiecy');
    expect(bare('ӘҒҚҢӨҰҮҺІЁ')).toBe('агкноуухие');
    expect(bare('бай ٴبىر Alaşorda')).toBe('бай بىر alasorda');
    expect(norm('äı ә ٴبىر')).toBe('äı ә ٴبىر');
  });
});

describe('tokenize', () => {
  it('finds words in the three scripts with their offsets', () => {
    const text = '«Сарыарқа», 1918: Alaşorda — الاشوردا!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Сарыарқа', '1918', 'Alaşorda', 'الاشوردا']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('splits at hyphens and full stops, keeps apostrophes and soft hyphens inside a word', () => {
    const text = 'қазақ-қырғыз Ә.Бөкейханов 2-жалпықазақ s’ol Ала\u00ADшорда';
    expect(tokenize(text).map((t) => t.text)).toEqual(['қазақ', 'қырғыз', 'Ә', 'Бөкейханов', '2', 'жалпықазақ', 's’ol', 'Ала\u00ADшорда']);
  });

  it('finds nothing in nothing', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('—…!?«» ()[]{}.*+^$|\\')).toEqual([]);
  });
});

describe('searchKeys and queryKeys', () => {
  const meet = (text: string, query: string): string[] => searchKeys(text).filter((key) => queryKeys(query).includes(key));

  it('keys a word by its normalised Cyrillic', () => {
    expect(searchKeys('Алашорда')).toEqual(['алашорда']);
    expect(searchKeys('1918')).toEqual(['1918']);
    expect(searchKeys('١٩١٨')).toEqual(['1918']);
  });

  it('meets «Алашорда», "Alaşorda" and الاشوردا in алашорда', () => {
    for (const spelling of ['Алашорда', 'АЛАШОРДА', 'Alaşorda', 'ALAŞORDA', 'الاشوردا', 'الاچوردا']) {
      expect(searchKeys(spelling), spelling).toContain('алашорда');
      expect(queryKeys(spelling), spelling).toContain('алашорда');
    }
  });

  it('meets every script from every other, in the text and in the query', () => {
    const cyrillic = ['Алаш', 'автономиясы', 'Бөкейханов', 'қаулы', 'үкіметі', 'Семей', 'вагон', 'портфель', 'цемент'];
    for (const word of cyrillic) {
      const spellings = [word, cyrillicToLatin(word, 'official-2021'), cyrillicToLatin(word, 'wikipedia'), cyrillicToToteJazu(word)];
      for (const text of spellings) for (const query of spellings) expect(meet(text, query), `${text} ~ ${query}`).not.toEqual([]);
    }
  });

  it('meets a Cyrillic loanword and its Latin spelling, which drops ъ', () => {
    expect(meet('съезд', 'sezd')).not.toEqual([]);
    expect(meet('sezd', 'съезд')).not.toEqual([]);
  });

  it('gives a native word one key, and a loanword its Arabic-script reading too', () => {
    expect(searchKeys('Ұлттық')).toEqual(['ұлттық']);
    expect(searchKeys('вагон')).toEqual(['вагон', 'уәгөн']);
    expect(searchKeys('съезд')).toEqual(['съезд', 'сйезд', 'сезд']);
    expect(searchKeys('ۋاگون')).toEqual(['уәгөн']);
  });

  it('keeps a Latin word’s own spelling beside its Cyrillic readings', () => {
    expect(searchKeys('Alaş')).toEqual(['alaş', 'алаш']);
    expect(searchKeys('freedom')[0]).toBe('freedom');
  });

  it('reads the start of an Arabic-script word in both rows, as its front mark may come later', () => {
    // سوز is the start of سوزگە (сөзге), whose ە shows the front row only at its end.
    expect(queryKeys('سوز')).toEqual(['соз', 'сөз']);
    expect(searchKeys('سوزگە')).toEqual(['сөзге']);
    expect(queryKeys('ٴسوز')).toEqual(['сөз']);
  });

  it('meets each word of the Latin sample with the same word of the Arabic-script sample', () => {
    // Both samples are UDHR article 1. The one miss is the Arabic sample's own spelling: كۇقىقتارى
    // writes құқықтары with kaf for qaf.
    const latin = tokenize(googleFontsSample('kk_Latn.textproto', 'specimen_36').split('\n')[0] ?? '');
    const arabic = tokenize(googleFontsSample('kk_Arab.textproto', 'specimen_36'));
    expect(latin).toHaveLength(arabic.length);
    const misses = latin.filter((word, i) => meet(word.text, arabic[i]?.text ?? '').length === 0).map((word) => word.text);
    expect(misses).toEqual(['quqıqtarı']);
  });
});

describe('bad input', () => {
  const queries = [
    '',
    ' ',
    '!!!…—«»',
    '.*+?^${}()|[]\\/',
    '(a+)+$',
    'Алаш Alaş الاش 1917 Ἀλάς 🙂 漢字',
    'a'.repeat(10_000),
    'Алашорда '.repeat(1_200),
    Array.from({ length: 10_000 }, (_, i) => String.fromCodePoint(0x20 + ((i * 7919) % 0x2fff))).join(''),
  ];

  it.each(queries.map((query) => [query.slice(0, 20), query]))('answers «%s…» quickly without throwing', (_, query) => {
    const start = performance.now();
    const normalised = normalizeForSearch(query);
    normalizeForSearch(query, { diacritics: false });
    const tokens = tokenize(query);
    searchKeys(query);
    queryKeys(query);
    for (const token of tokens.slice(0, 50)) queryKeys(token.text);
    expect(typeof normalised).toBe('string');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('keeps regex characters as they are', () => {
    expect(norm('.*+?^${}()|[]\\')).toBe('.*+?^${}()|[]\\');
  });
});
