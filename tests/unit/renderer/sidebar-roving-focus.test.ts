import { describe, expect, it } from 'vitest';
import { nextFocusIndex, withIndex } from '../../../src/renderer/src/viewer/sidebar/roving-focus';

describe('walking the thumbnail strip from the keyboard', () => {
  it('moves one page up or down with the arrows, stopping at the ends', () => {
    expect(nextFocusIndex('ArrowDown', 3, 10)).toBe(4);
    expect(nextFocusIndex('ArrowUp', 3, 10)).toBe(2);
    expect(nextFocusIndex('ArrowUp', 0, 10)).toBe(0);
    expect(nextFocusIndex('ArrowDown', 9, 10)).toBe(9);
  });

  it('jumps to the first and last thumbnail with Home and End', () => {
    expect(nextFocusIndex('Home', 500, 1000)).toBe(0);
    expect(nextFocusIndex('End', 5, 1000)).toBe(999);
  });

  it('leaves every other key, and an empty strip, alone', () => {
    expect(nextFocusIndex('Enter', 3, 10)).toBeNull();
    expect(nextFocusIndex(' ', 3, 10)).toBeNull();
    expect(nextFocusIndex('ArrowLeft', 3, 10)).toBeNull();
    expect(nextFocusIndex('PageDown', 3, 10)).toBeNull();
    expect(nextFocusIndex('ArrowDown', 0, 0)).toBeNull();
  });

  it('keeps the focusable thumbnail rendered even when it is scrolled away', () => {
    expect(withIndex([10, 11, 12], 3)).toEqual([3, 10, 11, 12]);
    expect(withIndex([10, 11, 12], 40)).toEqual([10, 11, 12, 40]);
    expect(withIndex([10, 11, 12], 11)).toEqual([10, 11, 12]);
    expect(withIndex([10, 11], -1)).toEqual([10, 11]);
  });
});
