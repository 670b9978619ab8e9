import { describe, expect, it } from 'vitest';
import { BareVocabulary } from '../../../src/main/archive/search/bare-vocabulary';
import { PREFIX_FROM, indexTerms, wordMatcher } from '../../../src/main/archive/search/index-terms';
import { queryWords } from '../../../src/main/archive/search/term-keys';
import { typoKeys } from '../../../src/main/archive/search/typo-keys';

describe('index terms: every key of every word, with its prefixes from three letters', () => {
  it('indexes a word whole and by each start of three letters or more, first seen first', () => {
    expect(indexTerms('Алаш')).toEqual({ terms: ['ала', 'алаш'], keys: ['алаш'] });
    expect(indexTerms('үкімет алаш').terms).toEqual(['үкі', 'үкім', 'үкіме', 'үкімет', 'ала', 'алаш']);
  });

  it('keeps a word under PREFIX_FROM letters whole only, and each term once', () => {
    expect(PREFIX_FROM).toBe(3);
    expect(indexTerms('ол ол және').terms).toEqual(['ол', 'жән', 'және']);
  });

  it('indexes a word in any script under its Cyrillic key', () => {
    for (const text of ['Alaşorda', 'الاشوردا', 'алашорда']) expect(indexTerms(text).keys, text).toContain('алашорда');
  });

  it('gives a loanword the readings the other scripts give it back', () => {
    // вагон in төте жазу is ۋاگون, read уәгөн: both are keys.
    expect(indexTerms('вагон').keys).toEqual(expect.arrayContaining(['вагон', 'уәгөн']));
  });

  it('has no terms for a text without words', () => {
    expect(indexTerms(' — , ! ')).toEqual({ terms: [], keys: [] });
  });
});

describe('the words a snippet marks', () => {
  const marks = (query: string) => wordMatcher(queryWords(query).flat());

  it('marks a word found whole or by its start, in any script', () => {
    const matches = marks('алаш');
    expect(['Алаш', 'Алашорда', 'الاشوردا', 'Alaşorda'].map(matches)).toEqual([true, true, true, true]);
    expect(['ала', 'Қазақ', 'малаш'].map(matches)).toEqual([false, false, false]);
  });

  it('marks a word under three letters only when it is the word itself', () => {
    const matches = marks('ол');
    expect(['ол', 'Ол', 'олар'].map(matches)).toEqual([true, true, false]);
  });
});

describe('typos: the vocabulary’s keys a fifth of a key away', () => {
  const vocabulary = ['хабар', 'хабр', 'үкіметі', 'алашорда', 'алаш', 'ол', 'автономиясы'];

  it('finds a key one letter off in four to seven letters, the key itself first', () => {
    expect(typoKeys('хабрр', vocabulary)).toEqual(['хабрр', 'хабар', 'хабр']);
    expect(typoKeys('үкімті', vocabulary)).toEqual(['үкімті', 'үкіметі']);
  });

  it('allows two letters off from eight letters, and none under four', () => {
    expect(typoKeys('алашорла', vocabulary)).toContain('алашорда');
    expect(typoKeys('автономяси', vocabulary)).toContain('автономиясы');
    expect(typoKeys('алш', vocabulary)).toEqual(['алш']);
  });

  it('finds nothing far off', () => {
    expect(typoKeys('зззззз', vocabulary)).toEqual(['зззззз']);
  });
});

describe('the vocabulary by bare spelling: what is typed without a Kazakh keyboard', () => {
  const vocabulary = new BareVocabulary(['қазақ', 'қазақтың', 'казак', 'үкімет', 'ол', 'өл', 'қаз']);

  it('gives the marked spellings of a bare word whole, and of a bare start as the index’s prefixes', () => {
    expect(vocabulary.termsLike('казак').sort()).toEqual(['казак', 'қазақ']);
    expect(vocabulary.termsLike('каз').sort()).toEqual(['каз', 'қаз']);
    expect(vocabulary.termsLike('укимет')).toEqual(['укимет', 'үкімет']);
  });

  it('matches a word under three letters whole only', () => {
    expect(vocabulary.termsLike('ол').sort()).toEqual(['ол', 'өл']);
    expect(vocabulary.termsLike('ка')).toEqual(['ка']);
  });

  it('follows keys added later', () => {
    vocabulary.add('қазан');
    expect(vocabulary.termsLike('казан').sort()).toEqual(['казан', 'қазан']);
  });
});
