import { describe, expect, it } from 'vitest';
import { editorKeyAction, type EditorKeyPress } from '../../../src/renderer/src/annotate/panel/editor-keys';
import { listKeyAction } from '../../../src/renderer/src/annotate/panel/list-keys';

const press = (key: string, extra: Partial<EditorKeyPress> = {}): EditorKeyPress => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  isComposing: false,
  ...extra,
});

describe('keys in a region text', () => {
  it('goes to the next region on Enter and keeps Shift+Enter for a new line', () => {
    expect(editorKeyAction(press('Enter'), 'Cyrl')).toEqual({ type: 'go', step: 1, passThrough: false });
    expect(editorKeyAction(press('Enter', { shiftKey: true }), 'Cyrl')).toBeNull();
  });

  it('marks the region done and goes on with Ctrl+Enter or Cmd+Enter', () => {
    expect(editorKeyAction(press('Enter', { ctrlKey: true }), 'Cyrl')).toEqual({ type: 'done-and-next' });
    expect(editorKeyAction(press('Enter', { metaKey: true }), 'Arab')).toEqual({ type: 'done-and-next' });
  });

  it('goes forward and back with Tab and Shift+Tab, letting Tab leave the text at either end', () => {
    expect(editorKeyAction(press('Tab'), undefined)).toEqual({ type: 'go', step: 1, passThrough: true });
    expect(editorKeyAction(press('Tab', { shiftKey: true }), undefined)).toEqual({ type: 'go', step: -1, passThrough: true });
    expect(editorKeyAction(press('Tab', { ctrlKey: true }), undefined)).toBeNull();
  });

  it('moves the region in the reading order with Alt+Up and Alt+Down', () => {
    expect(editorKeyAction(press('ArrowUp', { altKey: true }), 'Cyrl')).toEqual({ type: 'move', step: -1 });
    expect(editorKeyAction(press('ArrowDown', { altKey: true }), 'Arab')).toEqual({ type: 'move', step: 1 });
    expect(editorKeyAction(press('ArrowDown'), 'Arab')).toBeNull();
  });

  it('types palette letters with Alt by key position, whatever the layout types there', () => {
    // On a Russian layout the N key types «т»; the code still names N.
    expect(editorKeyAction(press('т', { code: 'KeyN', altKey: true }), 'Cyrl')).toEqual({ type: 'insert', text: 'ң' });
    expect(editorKeyAction(press('т', { code: 'KeyN', altKey: true, shiftKey: true }), 'Cyrl')).toEqual({ type: 'insert', text: 'Ң' });
    expect(editorKeyAction(press('n', { altKey: true }), 'Arab')).toEqual({ type: 'insert', text: '\u06AD' });
    expect(editorKeyAction(press("'", { code: 'Quote', altKey: true }), 'Arab')).toEqual({ type: 'insert', text: '\u0674' });
    expect(editorKeyAction(press('z', { altKey: true }), 'Cyrl')).toBeNull();
  });

  it('leaves AltGr (Ctrl+Alt) to the layout', () => {
    expect(editorKeyAction(press('q', { altKey: true, ctrlKey: true }), 'Cyrl')).toBeNull();
    expect(editorKeyAction(press('ArrowUp', { altKey: true, ctrlKey: true }), 'Cyrl')).toBeNull();
  });

  it('leaves every key to an input method while it composes', () => {
    expect(editorKeyAction(press('Enter', { isComposing: true }), 'Arab')).toBeNull();
    expect(editorKeyAction(press('Tab', { isComposing: true }), 'Arab')).toBeNull();
  });

  it('goes back to the list on Escape and ignores ordinary keys', () => {
    expect(editorKeyAction(press('Escape'), 'Cyrl')).toEqual({ type: 'leave' });
    expect(editorKeyAction(press('a'), 'Cyrl')).toBeNull();
    expect(editorKeyAction(press('ArrowLeft'), 'Cyrl')).toBeNull();
  });
});

describe('keys on the region list', () => {
  const key = (k: string, extra: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...extra });

  it('moves the focus with the arrows, Home and End, and the region with Alt', () => {
    expect(listKeyAction(key('ArrowDown'))).toEqual({ type: 'focus', to: 'next' });
    expect(listKeyAction(key('ArrowUp'))).toEqual({ type: 'focus', to: 'previous' });
    expect(listKeyAction(key('Home'))).toEqual({ type: 'focus', to: 'first' });
    expect(listKeyAction(key('End'))).toEqual({ type: 'focus', to: 'last' });
    expect(listKeyAction(key('ArrowUp', { altKey: true }))).toEqual({ type: 'move', step: -1 });
    expect(listKeyAction(key('ArrowDown', { altKey: true }))).toEqual({ type: 'move', step: 1 });
  });

  it('opens the text on Enter and leaves modified and other keys alone', () => {
    expect(listKeyAction(key('Enter'))).toEqual({ type: 'edit' });
    expect(listKeyAction(key('ArrowDown', { ctrlKey: true }))).toBeNull();
    expect(listKeyAction(key('a'))).toBeNull();
  });
});
