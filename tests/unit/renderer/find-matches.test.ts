import { describe, expect, it } from 'vitest';
import { findMatches, MAX_MATCHES } from '../../../src/renderer/src/viewer/find/find-matches';

describe('finding words in the spans of a text layer', () => {
  it('finds every occurrence, ignoring case, with offsets in the pieces', () => {
    const pieces = ['The Park ', 'Record', ' — park city'];
    expect(findMatches(pieces, 'park')).toEqual([
      { start: { piece: 0, offset: 4 }, end: { piece: 0, offset: 8 } },
      { start: { piece: 2, offset: 3 }, end: { piece: 2, offset: 7 } },
    ]);
  });

  it('finds a word that runs across pieces, and a phrase across any whitespace', () => {
    expect(findMatches(['Chico', 'pee'], 'chicopee')).toEqual([{ start: { piece: 0, offset: 0 }, end: { piece: 1, offset: 3 } }]);
    expect(findMatches(['weekly', '   ', 'journal'], 'Weekly Journal')).toEqual([{ start: { piece: 0, offset: 0 }, end: { piece: 2, offset: 7 } }]);
  });

  it('matches Cyrillic and Kazakh letters in either case, and full-width Latin', () => {
    expect(findMatches(['АЛАШОРДА үкіметі'], 'алашорда')).toHaveLength(1);
    expect(findMatches(['ҚАЗАҚ'], 'қазақ')).toHaveLength(1);
    expect(findMatches(['ＰＡＲＫ'], 'park')).toHaveLength(1);
  });

  it('keeps offsets right past characters that change length when folded', () => {
    // İ lower-cases to two UTF-16 units; it must not shift the match after it.
    const [match] = findMatches(['İstanbul park'], 'park');
    expect(match).toEqual({ start: { piece: 0, offset: 9 }, end: { piece: 0, offset: 13 } });
  });

  it('treats regex characters as text and answers nothing for an empty query', () => {
    expect(findMatches(['a (b) c.*'], '(b)')).toHaveLength(1);
    expect(findMatches(['a (b) c.*'], '.*')).toHaveLength(1);
    expect(findMatches(['anything'], '   ')).toEqual([]);
    expect(findMatches([], 'x')).toEqual([]);
  });

  it('stops at a bound on a page full of one letter', () => {
    expect(findMatches(['e'.repeat(5000)], 'e')).toHaveLength(MAX_MATCHES);
  });
});
