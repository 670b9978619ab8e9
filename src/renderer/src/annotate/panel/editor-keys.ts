import { letterForKey } from '../../../../shared/text/letter-palette';

/** A key press as the editor reads it: the fields of a KeyboardEvent it looks at. */
export interface EditorKeyPress {
  key: string;
  /** The physical key, e.g. 'KeyN' whatever the layout types there. */
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** True while an input method is composing: its Enter confirms a word and is not ours. */
  isComposing: boolean;
}

export type EditorAction =
  /**
   * To the next (1) or previous (-1) region in reading order. `passThrough`: when there is none
   * that way, the key keeps its usual meaning (Tab moves the focus out of the editor).
   */
  | { type: 'go'; step: 1 | -1; passThrough: boolean }
  /** Mark the region done, then go to the next one. */
  | { type: 'done-and-next' }
  /** Move the region earlier (-1) or later (1) in the page's reading order. */
  | { type: 'move'; step: 1 | -1 }
  | { type: 'insert'; text: string }
  /** Back to the region list, so the keyboard is not trapped in the text. */
  | { type: 'leave' };

/**
 * What a key pressed in a region's text asks for, or null for an ordinary key (Shift+Enter is a
 * new line). Enter goes on, as in a spreadsheet: a transcriber finishing a region moves to the
 * next without the mouse. Alt combinations are ours only without Ctrl or Cmd, since AltGr is
 * Ctrl+Alt on Windows and types a layout's own letters.
 */
export function editorKeyAction(press: EditorKeyPress, script: string | undefined): EditorAction | null {
  if (press.isComposing) return null;
  const mod = press.ctrlKey || press.metaKey;
  if (press.altKey) {
    if (mod) return null;
    if (press.key === 'ArrowUp') return { type: 'move', step: -1 };
    if (press.key === 'ArrowDown') return { type: 'move', step: 1 };
    const text = letterForKey(press.code, press.shiftKey, script);
    return text === null ? null : { type: 'insert', text };
  }
  switch (press.key) {
    case 'Enter':
      if (mod) return { type: 'done-and-next' };
      return press.shiftKey ? null : { type: 'go', step: 1, passThrough: false };
    case 'Tab':
      return mod ? null : { type: 'go', step: press.shiftKey ? -1 : 1, passThrough: true };
    case 'Escape':
      return { type: 'leave' };
    default:
      return null;
  }
}
