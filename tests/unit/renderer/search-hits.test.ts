import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/shared/contract';
import { hitRoute } from '../../../src/renderer/src/search/hit-route';
import { librarySearchPath, rememberSearch } from '../../../src/renderer/src/search/last-search';
import { snippetParts } from '../../../src/renderer/src/search/snippet-parts';

const hit = (change: Partial<SearchHit>): SearchHit => ({ docId: 'doc-1', page: 2, field: 'text', snippet: '', highlights: [], score: 1, ...change });

describe('where a hit opens', () => {
  it('opens a region on its page (1-based) with the region selected', () => {
    expect(hitRoute(hit({ regionId: 'r-7' }), 'alash')).toBe('/doc/doc-1/page/3?region=r-7');
    expect(hitRoute(hit({ regionId: 'r-7', field: 'comments' }), 'alash')).toBe('/doc/doc-1/page/3?region=r-7');
  });

  it('opens PDF text with the find bar on the query, encoded', () => {
    expect(hitRoute(hit({ field: 'pdf-text', page: 0 }), ' Alaş orda&? ')).toBe('/doc/doc-1/page/1?find=Ala%C5%9F+orda%26%3F');
  });

  it('opens a description, or the document’s own tags, on the first page', () => {
    expect(hitRoute(hit({ field: 'metadata', page: 4 }), 'x')).toBe('/doc/doc-1/page/1');
    expect(hitRoute(hit({ field: 'tags', page: 4 }), 'x')).toBe('/doc/doc-1/page/1');
    expect(hitRoute(hit({ field: 'tags', page: 4, regionId: 'r-1' }), 'x')).toBe('/doc/doc-1/page/5?region=r-1');
  });
});

describe('a snippet cut at its highlights', () => {
  it('marks the ranges and keeps the text between them', () => {
    expect(snippetParts('Алаш автономиясы туралы', [{ start: 0, end: 4 }, { start: 17, end: 23 }])).toEqual([
      { text: 'Алаш', marked: true },
      { text: ' автономиясы ', marked: false },
      { text: 'туралы', marked: true },
    ]);
  });

  it('tolerates ranges out of order, overlapping, touching or past the end', () => {
    expect(snippetParts('abcdefgh', [{ start: 6, end: 50 }, { start: 1, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 5 }, { start: 9, end: 12 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcde', marked: true },
      { text: 'f', marked: false },
      { text: 'gh', marked: true },
    ]);
  });

  it('is the plain text when nothing is highlighted, and nothing for an empty snippet', () => {
    expect(snippetParts('<b>not html</b>', [])).toEqual([{ text: '<b>not html</b>', marked: false }]);
    expect(snippetParts('', [{ start: 0, end: 3 }])).toEqual([]);
  });
});

describe('the search key', () => {
  it('reopens the last search, or starts one for the query being found', () => {
    expect(librarySearchPath()).toBe('/search');
    rememberSearch('?q=alash&kind=seal');
    expect(librarySearchPath()).toBe('/search?q=alash&kind=seal');
    expect(librarySearchPath('  ')).toBe('/search?q=alash&kind=seal');
    expect(librarySearchPath(' Алашорда ')).toBe('/search?q=%D0%90%D0%BB%D0%B0%D1%88%D0%BE%D1%80%D0%B4%D0%B0');
  });
});
