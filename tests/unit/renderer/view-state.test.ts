import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, isFiltered, parseViewState } from '../../../src/renderer/src/library/view-state';

describe('the saved library view', () => {
  it('reads back what was saved', () => {
    const view = { mode: 'grid', sort: { key: 'title', direction: 'desc' }, filters: { kind: 'document', yearFrom: 1917, text: 'алаш' }, details: false };
    expect(parseViewState(JSON.stringify(view))).toEqual(view);
  });

  it('falls back to the default for nothing, garbage, or a shape it does not know', () => {
    expect(parseViewState(null)).toEqual(DEFAULT_VIEW);
    expect(parseViewState('{not json')).toEqual(DEFAULT_VIEW);
    expect(parseViewState(JSON.stringify({ mode: 'carousel' }))).toEqual(DEFAULT_VIEW);
    expect(DEFAULT_VIEW).toMatchObject({ mode: 'list', sort: { key: 'date', direction: 'asc' }, filters: { text: '' } });
  });

  it('says when any filter narrows the library', () => {
    expect(isFiltered({ text: '' })).toBe(false);
    expect(isFiltered({ text: '  ' })).toBe(false);
    expect(isFiltered({ text: 'қазақ' })).toBe(true);
    expect(isFiltered({ text: '', tag: 'газет' })).toBe(true);
    expect(isFiltered({ text: '', yearTo: 1920 })).toBe(true);
  });
});
