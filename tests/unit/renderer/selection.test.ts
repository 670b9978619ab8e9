import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, extendTo, focusOnly, selectAll, selectOnly, toggle, visibleSelection } from '../../../src/renderer/src/library/selection';
import { isMoveKey, moveIndex } from '../../../src/renderer/src/library/keyboard-navigation';

const order = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: { selected: ReadonlySet<string> }) => [...s.selected].sort();

describe('selecting documents', () => {
  it('a plain click selects one and anchors there; Ctrl-click toggles', () => {
    let s = selectOnly('b');
    expect(ids(s)).toEqual(['b']);
    s = toggle(s, 'd');
    expect(ids(s)).toEqual(['b', 'd']);
    expect(s.focus).toBe('d');
    s = toggle(s, 'b');
    expect(ids(s)).toEqual(['d']);
  });

  it('Shift selects the range from the anchor, either way, and re-extends from the same anchor', () => {
    let s = selectOnly('c');
    s = extendTo(s, 'e', order);
    expect(ids(s)).toEqual(['c', 'd', 'e']);
    s = extendTo(s, 'a', order);
    expect(ids(s)).toEqual(['a', 'b', 'c']);
    expect(s.anchor).toBe('c');
    expect(extendTo(EMPTY_SELECTION, 'b', order).selected).toEqual(new Set(['b']));
    expect(extendTo(s, 'zz', order)).toBe(s);
  });

  it('selects all shown, moves the focus alone, and acts only on what is shown', () => {
    const all = selectAll(EMPTY_SELECTION, order);
    expect(ids(all)).toEqual(order);
    expect(all.focus).toBe('a');
    const moved = focusOnly(all, 'e');
    expect(moved.focus).toBe('e');
    expect(moved.selected).toBe(all.selected);
    expect(visibleSelection(all, ['e', 'c', 'x'])).toEqual(['e', 'c']);
    expect(visibleSelection(EMPTY_SELECTION, order)).toEqual([]);
  });
});

describe('moving the focus with the keyboard', () => {
  it('in the list: one row at a time, a page at a time, to either end', () => {
    expect(moveIndex('ArrowDown', 0, 10, 1, 4)).toBe(1);
    expect(moveIndex('ArrowUp', 0, 10, 1, 4)).toBe(0);
    expect(moveIndex('ArrowDown', 9, 10, 1, 4)).toBe(9);
    expect(moveIndex('PageDown', 1, 10, 1, 4)).toBe(5);
    expect(moveIndex('PageUp', 1, 10, 1, 4)).toBe(0);
    expect(moveIndex('End', 3, 10, 1, 4)).toBe(9);
    expect(moveIndex('Home', 3, 10, 1, 4)).toBe(0);
    expect(moveIndex('ArrowRight', 3, 10, 1, 4)).toBeUndefined();
  });

  it('in the grid: left and right by one, up and down by a row', () => {
    expect(moveIndex('ArrowRight', 2, 10, 4, 2)).toBe(3);
    expect(moveIndex('ArrowLeft', 0, 10, 4, 2)).toBe(0);
    expect(moveIndex('ArrowDown', 2, 10, 4, 2)).toBe(6);
    expect(moveIndex('ArrowDown', 7, 10, 4, 2)).toBe(9);
    expect(moveIndex('ArrowUp', 6, 10, 4, 2)).toBe(2);
    expect(moveIndex('PageDown', 0, 10, 4, 2)).toBe(8);
  });

  it('starts at an end when nothing is focused, and does nothing in an empty list', () => {
    expect(moveIndex('ArrowDown', -1, 10, 1, 4)).toBe(0);
    expect(moveIndex('End', -1, 10, 1, 4)).toBe(9);
    expect(moveIndex('ArrowDown', -1, 0, 1, 4)).toBeUndefined();
    expect(isMoveKey('PageDown')).toBe(true);
    expect(isMoveKey('Enter')).toBe(false);
  });
});
