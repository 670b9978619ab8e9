import { useCallback, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { isMoveKey, moveIndex } from './keyboard-navigation';
import { EMPTY_SELECTION, extendTo, focusOnly, selectAll, selectOnly, toggle, visibleSelection, type Selection } from './selection';

export interface DocumentSelection {
  selection: Selection;
  /** The selected documents still shown, in the order shown. */
  selected: string[];
  focusIndex: number;
  onItemClick: (id: string, event: MouseEvent) => void;
  /** Keys for the list or grid: `columns` per row, `pageRows` rows on a screen. */
  onKeyDown: (event: KeyboardEvent, columns: number, pageRows: number) => void;
  /** A row's checkbox: adds or removes that document alone. */
  toggleOne: (id: string) => void;
  clear: () => void;
}

const withCommand = (event: { ctrlKey: boolean; metaKey: boolean }) => event.ctrlKey || event.metaKey;

/**
 * Selection and focus over the documents shown, driven by mouse and keyboard as in a file
 * manager: arrows move (Shift extends, Ctrl moves the focus alone), Space toggles, Enter opens,
 * Ctrl/Cmd+A selects all shown, Escape clears.
 */
export function useDocumentSelection(order: readonly string[], open: (id: string) => void): DocumentSelection {
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const selected = useMemo(() => visibleSelection(selection, order), [selection, order]);
  const focusIndex = selection.focus === undefined ? -1 : order.indexOf(selection.focus);

  const onItemClick = useCallback(
    (id: string, event: MouseEvent) => {
      if (event.shiftKey) setSelection((s) => extendTo(s, id, order));
      else if (withCommand(event)) setSelection((s) => toggle(s, id));
      else setSelection(selectOnly(id));
    },
    [order],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent, columns: number, pageRows: number) => {
      const focused = focusIndex >= 0 ? order[focusIndex] : undefined;
      if (isMoveKey(event.key)) {
        const target = moveIndex(event.key, focusIndex, order.length, columns, pageRows);
        const id = target === undefined ? undefined : order[target];
        if (id === undefined) return;
        event.preventDefault();
        if (event.shiftKey) setSelection((s) => extendTo(s, id, order));
        else if (withCommand(event)) setSelection((s) => focusOnly(s, id));
        else setSelection(selectOnly(id));
      } else if (event.key === ' ' && focused !== undefined) {
        event.preventDefault();
        setSelection((s) => toggle(s, focused));
      } else if (event.key === 'Enter' && focused !== undefined) {
        event.preventDefault();
        open(focused);
      } else if (event.key.toLowerCase() === 'a' && withCommand(event)) {
        event.preventDefault();
        setSelection((s) => selectAll(s, order));
      } else if (event.key === 'Escape' && selection.selected.size > 0) {
        event.preventDefault();
        setSelection((s) => ({ ...s, selected: new Set() }));
      }
    },
    [focusIndex, order, open, selection.selected.size],
  );

  const toggleOne = useCallback((id: string) => setSelection((s) => toggle(s, id)), []);
  const clear = useCallback(() => setSelection((s) => ({ ...s, selected: new Set() })), []);
  return { selection, selected, focusIndex, onItemClick, onKeyDown, toggleOne, clear };
}
