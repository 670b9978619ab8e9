import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/shared/contract';
import { findMatches } from '../../../src/renderer/src/viewer/find/find-matches';
import { documentStops, nextStep, type FindStop } from '../../../src/renderer/src/viewer/find/find-steps';
import { findTerms } from '../../../src/renderer/src/viewer/find/find-terms';

const hit = (page: number, field: SearchHit['field'], regionId?: string, snippet = '', highlights: SearchHit['highlights'] = []): SearchHit => ({
  docId: 'd',
  page,
  field,
  regionId,
  snippet,
  highlights,
  score: 1,
});

describe('the places of a document, in order', () => {
  it('go page by page, regions before the page text, leaving out the description and the document’s tags', () => {
    const stops = documentStops([{ hits: [hit(3, 'pdf-text'), hit(0, 'metadata'), hit(0, 'tags'), hit(3, 'text', 'b'), hit(1, 'pdf-text'), hit(3, 'comments', 'a'), hit(1, 'text', 'c')] }]);
    expect(stops.map((s) => `${s.page}:${s.regionId ?? s.field}`)).toEqual(['1:c', '1:pdf-text', '3:b', '3:a', '3:pdf-text']);
  });
});

describe('stepping with Enter and Shift+Enter', () => {
  // Page 0: a region and the page text; page 2: a region; page 4: the page text.
  const stops: FindStop[] = [
    { page: 0, field: 'text', regionId: 'r1' },
    { page: 0, field: 'pdf-text' },
    { page: 2, field: 'text', regionId: 'r2' },
    { page: 4, field: 'pdf-text' },
  ];
  const none = { count: 0, current: -1 };

  it('walks the shown page’s text matches before going on', () => {
    expect(nextStep(stops, null, 0, { count: 3, current: 0 }, 1)).toEqual({ kind: 'match', match: 1 });
    expect(nextStep(stops, 1, 0, { count: 3, current: 1 }, 1)).toEqual({ kind: 'match', match: 2 });
    expect(nextStep(stops, 1, 0, { count: 3, current: 2 }, 1)).toEqual({ kind: 'stop', stop: 2, match: 'first' });
    expect(nextStep(stops, 1, 0, { count: 3, current: 0 }, -1)).toEqual({ kind: 'stop', stop: 0, match: 'last' });
  });

  it('goes from a region to the next place, and round from the last to the first', () => {
    expect(nextStep(stops, 2, 2, none, 1)).toEqual({ kind: 'stop', stop: 3, match: 'first' });
    expect(nextStep(stops, 3, 4, { count: 2, current: 1 }, 1)).toEqual({ kind: 'stop', stop: 0, match: 'first' });
    expect(nextStep(stops, 0, 0, { count: 3, current: 0 }, -1)).toEqual({ kind: 'stop', stop: 3, match: 'last' });
  });

  it('enters a region on the shown page from outside its text', () => {
    expect(nextStep(stops, 0, 0, { count: 3, current: 0 }, 1)).toEqual({ kind: 'stop', stop: 1, match: 'first' });
  });

  it('starts from the page shown when nothing was gone to, or the reader has moved on', () => {
    expect(nextStep(stops, null, 1, none, 1)).toEqual({ kind: 'stop', stop: 2, match: 'first' });
    expect(nextStep(stops, null, 1, none, -1)).toEqual({ kind: 'stop', stop: 1, match: 'last' });
    expect(nextStep(stops, 0, 3, none, 1)).toEqual({ kind: 'stop', stop: 3, match: 'first' });
    expect(nextStep(stops, null, 5, none, 1)).toEqual({ kind: 'stop', stop: 0, match: 'first' });
    expect(nextStep(stops, null, 0, none, -1)).toEqual({ kind: 'stop', stop: 3, match: 'last' });
  });

  it('still steps through a page’s matches the search did not report, after its regions', () => {
    const regionsOnly: FindStop[] = [
      { page: 2, field: 'text', regionId: 'r2' },
      { page: 3, field: 'text', regionId: 'r3' },
    ];
    expect(nextStep(regionsOnly, null, 2, { count: 2, current: 1 }, 1)).toEqual({ kind: 'stop', stop: 1, match: 'first' });
    expect(nextStep(regionsOnly, null, 2, { count: 2, current: 0 }, -1)).toEqual({ kind: 'stop', stop: 0, match: 'last' });
    expect(nextStep([], null, 2, { count: 2, current: 1 }, 1)).toEqual({ kind: 'match', match: 0 });
    expect(nextStep([], null, 2, { count: 2, current: 0 }, -1)).toEqual({ kind: 'match', match: 1 });
  });

  it('has nowhere to go when nothing is found', () => {
    expect(nextStep([], null, 0, none, 1)).toBeNull();
  });
});

describe('what the page text marks', () => {
  it('is the query and the words the search matched in the PDF text, once each', () => {
    const pdf = hit(0, 'pdf-text', undefined, 'АЛАШОРДА үкіметі, Алашорда', [
      { start: 0, end: 8 },
      { start: 18, end: 26 },
    ]);
    const region = hit(0, 'text', 'r', 'Alaş', [{ start: 0, end: 4 }]);
    expect(findTerms(' alaşorda ', [pdf, region])).toEqual(['alaşorda', 'АЛАШОРДА', 'Алашорда']);
    expect(findTerms('   ', [pdf])).toEqual([]);
  });

  it('finds every term in the text, the longer where two start together', () => {
    const matches = findMatches(['Алашорда үкіметі — Alaşorda'], ['алаш', 'алашорда', 'alaşorda']);
    expect(matches.map((m) => [m.start.offset, m.end.offset])).toEqual([
      [0, 8],
      [19, 27],
    ]);
    expect(findMatches(['a.b a*b'], ['.', '*', '(', ' '])).toHaveLength(2);
  });
});
