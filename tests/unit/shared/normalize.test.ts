import { describe, expect, it } from 'vitest';
import { cyrillicToLatin } from '../../../src/shared/text/latin';
import { foldLookAlikes } from '../../../src/shared/text/look-alikes';
import { normalizeForSearch, searchForms, tokenize } from '../../../src/shared/text/normalize';
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

describe('searchForms', () => {
  const meet = (a: string, b: string): string[] => searchForms(a).filter((form) => searchForms(b).includes(form));

  it('puts the token’s own normalised form first', () => {
    expect(searchForms('Алашорда')[0]).toBe('алашорда');
    expect(searchForms('1918')).toEqual(['1918']);
    expect(searchForms('١٩١٨')).toEqual(['1918']);
  });

  it('meets «Алашорда», "Alaşorda" and الاشوردا in the Cyrillic form', () => {
    for (const spelling of ['Алашорда', 'АЛАШОРДА', 'Alaşorda', 'ALAŞORDA', 'الاشوردا', 'الاچوردا']) {
      expect(searchForms(spelling), spelling).toContain('алашорда');
    }
  });

  it('meets every script from every other', () => {
    const cyrillic = ['Алаш', 'автономиясы', 'Бөкейханов', 'қаулы', 'үкіметі', 'Семей'];
    for (const word of cyrillic) {
      const spellings = [word, cyrillicToLatin(word, 'official-2021'), cyrillicToLatin(word, 'wikipedia'), cyrillicToToteJazu(word)];
      for (const a of spellings) for (const b of spellings) expect(meet(a, b), `${a} ~ ${b}`).not.toEqual([]);
    }
  });

  it('indexes a word under its Latin and Arabic-script spellings', () => {
    expect(searchForms('Ұлттық')).toEqual(['ұлттық', 'ūlttyq', 'ulttıq', 'ۇلتتىق']);
  });

  it('meets diacritics-blind spellings when asked', () => {
    const blind = (word: string): string[] => searchForms(word, { diacritics: false });
    expect(blind('Alasorda')).toEqual(expect.arrayContaining(['alasorda']));
    expect(blind('Алашорда')).toContain('alasorda');
    expect(blind('Қазақ')).toContain('казак');
    expect(blind('kazak')).toContain('kazak');
    expect(blind('Qazaq').some((form) => blind('қазақ').includes(form))).toBe(true);
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
    searchForms(query);
    for (const token of tokens.slice(0, 50)) searchForms(token.text);
    expect(typeof normalised).toBe('string');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('keeps regex characters as they are', () => {
    expect(norm('.*+?^${}()|[]\\')).toBe('.*+?^${}()|[]\\');
  });
});
