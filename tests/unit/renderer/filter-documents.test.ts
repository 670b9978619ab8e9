import { describe, expect, it } from 'vitest';
import { facetsOf, filterDocuments, indexDocument, yearOf } from '../../../src/renderer/src/library/filter-documents';
import type { LibraryFilters } from '../../../src/renderer/src/library/view-state';
import { summary } from './fixtures';

const docs = [
  summary({ id: 'qazaq-255', title: '«Қазақ», № 255', metadata: { publication: 'Қазақ', place: 'Орынбор', isoDate: '1917-12-13' }, tags: ['газет', 'Алашорда'], collections: ['c-1917'] }),
  summary({ id: 'saryarqa-28', title: '«Сарыарқа», № 28', metadata: { publication: 'Сарыарқа', place: 'Семей', isoDate: '1918-11-25', notes: 'Араб графикасымен басылған' }, tags: ['газет'], collections: ['c-1918'] }),
  summary({
    id: 'order-14',
    title: 'Бұйрық № 14',
    kind: 'document',
    metadata: { isoDate: '1918-12-02', archivalReference: { repository: 'ҚР ОМА', fonds: 'Р-15', file: '2' } },
    tags: ['мөр'],
  }),
  summary({ id: 'undated', title: 'Мөр бедері', kind: 'seal' }),
];
const index = docs.map(indexDocument);
const run = (filters: Partial<LibraryFilters>, scope?: Set<string>) => filterDocuments(index, { text: '', ...filters }, scope).map((d) => d.id);

describe('filtering the library', () => {
  it('keeps everything with no filter', () => {
    expect(run({})).toEqual(['qazaq-255', 'saryarqa-28', 'order-14', 'undated']);
  });

  it('filters by kind, publication and tag', () => {
    expect(run({ kind: 'document' })).toEqual(['order-14']);
    expect(run({ publication: 'Сарыарқа' })).toEqual(['saryarqa-28']);
    expect(run({ tag: 'газет' })).toEqual(['qazaq-255', 'saryarqa-28']);
    expect(run({ tag: 'газет', publication: 'Қазақ' })).toEqual(['qazaq-255']);
  });

  it('filters by a year range from the ISO date, leaving undated documents out', () => {
    expect(run({ yearFrom: 1918 })).toEqual(['saryarqa-28', 'order-14']);
    expect(run({ yearTo: 1917 })).toEqual(['qazaq-255']);
    expect(run({ yearFrom: 1917, yearTo: 1917 })).toEqual(['qazaq-255']);
    expect(run({ yearFrom: 1919 })).toEqual([]);
  });

  it('filters by a collection scope', () => {
    expect(run({}, new Set(['c-1918']))).toEqual(['saryarqa-28']);
    expect(run({}, new Set(['c-1917', 'c-1918']))).toEqual(['qazaq-255', 'saryarqa-28']);
    expect(run({}, new Set())).toEqual([]);
  });

  it('finds words in title, place, tags, notes and the archival reference, in any case, without quotes', () => {
    expect(run({ text: 'САРЫАРҚА' })).toEqual(['saryarqa-28']);
    expect(run({ text: '«Қазақ»' })).toEqual(['qazaq-255']);
    expect(run({ text: 'семей' })).toEqual(['saryarqa-28']);
    expect(run({ text: 'алашорда' })).toEqual(['qazaq-255']);
    expect(run({ text: 'графикасымен' })).toEqual(['saryarqa-28']);
    expect(run({ text: 'р-15' })).toEqual(['order-14']);
    expect(run({ text: 'газет 255' })).toEqual(['qazaq-255']);
    expect(run({ text: 'газет бұйрық' })).toEqual([]);
  });

  it('reads years only from real ISO dates', () => {
    expect(yearOf('1918-11-25')).toBe(1918);
    expect(yearOf(undefined)).toBeUndefined();
    expect(yearOf('')).toBeUndefined();
  });

  it('offers the publications and tags present, and the span of years', () => {
    const facets = facetsOf(index, new Intl.Collator('kk'));
    expect(facets.publications).toEqual(['Қазақ', 'Сарыарқа']);
    expect(facets.tags).toEqual(['Алашорда', 'газет', 'мөр'].sort(new Intl.Collator('kk').compare));
    expect(facets.years).toEqual({ min: 1917, max: 1918 });
    expect(facetsOf([], new Intl.Collator('kk')).years).toBeUndefined();
  });
});
