/** A key press on an item of the region list: the fields of a KeyboardEvent it looks at. */
export interface ListKeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export type ListAction =
  /** Select and focus the item `step` places away (±1), or the first or last. */
  | { type: 'focus'; to: 'previous' | 'next' | 'first' | 'last' }
  | { type: 'move'; step: 1 | -1 }
  /** Into the selected region's text. */
  | { type: 'edit' };

/** What a key on a focused list item asks for, or null; Alt+↑/↓ moves the region as in the editor. */
export function listKeyAction(press: ListKeyPress): ListAction | null {
  if (press.ctrlKey || press.metaKey) return null;
  if (press.altKey) {
    if (press.key === 'ArrowUp') return { type: 'move', step: -1 };
    if (press.key === 'ArrowDown') return { type: 'move', step: 1 };
    return null;
  }
  switch (press.key) {
    case 'ArrowUp':
      return { type: 'focus', to: 'previous' };
    case 'ArrowDown':
      return { type: 'focus', to: 'next' };
    case 'Home':
      return { type: 'focus', to: 'first' };
    case 'End':
      return { type: 'focus', to: 'last' };
    case 'Enter':
      return { type: 'edit' };
    default:
      return null;
  }
}
