import { describe, expect, it } from 'vitest';
import { filterIdFrom, SAFE_FILTER_ID } from '../../../src/renderer/src/viewer/adjustments/filter-id';

describe('the filter id', () => {
  it('is safe inside url(#…) for every form of React id', () => {
    for (const reactId of [':r1:', '«r1»', '_r_1_', ':R2mkq:', 'r-3']) expect(filterIdFrom(reactId)).toMatch(SAFE_FILTER_ID);
  });

  it('spells each unsafe character as its code point', () => {
    expect(filterIdFrom(':r1:')).toBe('adjust-_3a_r1_3a_');
    expect(filterIdFrom('«r1»')).toBe('adjust-_ab_r1_bb_');
  });

  it('keeps different React ids apart', () => {
    const ids = [':r1:', '_r1_', '-r1-', '«r1»', 'r1', ':r1', '_3a_r1'].map(filterIdFrom);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
