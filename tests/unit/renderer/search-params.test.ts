import { describe, expect, it } from 'vitest';
import { CLEARED_FILTERS, isNarrowed, readSearchParams, toSearchQuery, writeSearchParams } from '../../../src/renderer/src/search/search-params';

const read = (query: string) => readSearchParams(new URLSearchParams(query));

describe('a library search in the URL', () => {
  it('reads every filter and writes the same URL back', () => {
    const url = 'q=Ala%C5%9Forda&publication=%D0%A1%D0%B0%D1%80%D1%8B%D0%B0%D1%80%D2%9B%D0%B0&from=1917&to=1920&kind=newspaper-issue&status=done&tag=%D0%90%D0%BB%D0%B0%D1%88&entity=person';
    const state = read(url);
    expect(state).toEqual({ q: 'Alaşorda', publication: 'Сарыарқа', from: 1917, to: 1920, kind: 'newspaper-issue', status: 'done', tag: 'Алаш', entity: 'person' });
    expect(writeSearchParams(state).toString()).toBe(url);
  });

  it('leaves out what an edited link gets wrong, without failing', () => {
    expect(read('q=a&from=soon&to=12345&kind=poster&status=finished&entity=ship&tag=%20%20')).toEqual({ q: 'a' });
    expect(writeSearchParams(read('q=a&kind=poster')).toString()).toBe('q=a');
  });

  it('writes nothing for an empty search, and knows when filters narrow it', () => {
    expect(writeSearchParams({ q: '' }).toString()).toBe('');
    expect(isNarrowed(read('q=a'))).toBe(false);
    expect(isNarrowed(read('q=a&to=1918'))).toBe(true);
    expect(isNarrowed({ ...read('q=a&tag=x&kind=seal'), ...CLEARED_FILTERS })).toBe(false);
  });
});

describe('the contract call for a search', () => {
  it('asks nothing for a blank query', () => {
    expect(toSearchQuery(read(''), 200)).toBeNull();
    expect(toSearchQuery(read('q=%20%20&kind=seal'), 200)).toBeNull();
  });

  it('names the filters as the contract does', () => {
    expect(toSearchQuery(read('q=alash&from=1917&status=reviewed&entity=place&publication=Qazaq'), 200)).toEqual({
      query: 'alash',
      filters: { publication: 'Qazaq', yearFrom: 1917, yearTo: undefined, kind: undefined, status: 'reviewed', tag: undefined, entityType: 'place' },
      ignoreDiacritics: false,
      limit: 200,
    });
  });

  it('ignores diacritics when the URL says so, which clearing the filters keeps', () => {
    const state = read('q=kazak&kind=seal&diacritics=ignore');
    expect(toSearchQuery(state, 200)).toMatchObject({ query: 'kazak', ignoreDiacritics: true });
    expect(writeSearchParams(state).toString()).toBe('q=kazak&kind=seal&diacritics=ignore');
    expect(writeSearchParams({ ...state, ...CLEARED_FILTERS }).toString()).toBe('q=kazak&diacritics=ignore');
    expect(isNarrowed({ ...state, ...CLEARED_FILTERS })).toBe(false);
    expect(read('q=kazak&diacritics=yes').ignoreDiacritics).toBeUndefined();
  });

  it('takes years typed the wrong way round as the span between them', () => {
    expect(toSearchQuery(read('q=a&from=1920&to=1917'), 10)?.filters).toMatchObject({ yearFrom: 1917, yearTo: 1920 });
  });

  it('searches a pasted query longer than the contract allows by its beginning', () => {
    const long = 'алаш '.repeat(3000);
    expect(toSearchQuery({ q: long }, 10)?.query).toHaveLength(10_000);
  });
});
