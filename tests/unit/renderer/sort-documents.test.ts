import { describe, expect, it } from 'vitest';
import { sortDocuments } from '../../../src/renderer/src/library/sort-documents';
import { summary } from './fixtures';

const collator = new Intl.Collator('kk', { numeric: true });
const docs = [
  summary({ id: 'b-1918', title: '«Сарыарқа», № 28', metadata: { isoDate: '1918-11-25' }, importedAt: '2024-03-01T10:00:00.000Z' }),
  summary({ id: 'a-1917', title: '«Қазақ», № 255', metadata: { isoDate: '1917-12-13' }, importedAt: '2024-03-02T10:00:00.000Z' }),
  summary({ id: 'c-none', title: 'Алаш мөрі', importedAt: '2024-03-03T10:00:00.000Z' }),
  summary({ id: 'd-1918', title: '«Абай», № 2', metadata: { isoDate: '1918-11-25' }, importedAt: '2024-02-01T10:00:00.000Z' }),
];
const ids = (key: 'date' | 'title' | 'imported', direction: 'asc' | 'desc') => sortDocuments(docs, key, direction, collator).map((d) => d.id);

describe('sorting the library', () => {
  it('by date, equal dates by title, undated last in both directions', () => {
    expect(ids('date', 'asc')).toEqual(['a-1917', 'd-1918', 'b-1918', 'c-none']);
    expect(ids('date', 'desc')).toEqual(['d-1918', 'b-1918', 'a-1917', 'c-none']);
  });

  it('by title, ignoring the guillemets titles start with', () => {
    expect(ids('title', 'asc')).toEqual(['d-1918', 'c-none', 'a-1917', 'b-1918']);
    expect(ids('title', 'desc')).toEqual(['b-1918', 'a-1917', 'c-none', 'd-1918']);
  });

  it('by import time', () => {
    expect(ids('imported', 'asc')).toEqual(['d-1918', 'b-1918', 'a-1917', 'c-none']);
    expect(ids('imported', 'desc')).toEqual(['c-none', 'a-1917', 'b-1918', 'd-1918']);
  });

  it('leaves the input as it was', () => {
    const before = docs.map((d) => d.id);
    sortDocuments(docs, 'title', 'asc', collator);
    expect(docs.map((d) => d.id)).toEqual(before);
  });
});
