/**
 * Which documents are selected, which one has the keyboard focus, and where a Shift-range
 * starts: the file-manager model archivists already know. Every function returns a new state.
 */
export interface Selection {
  selected: ReadonlySet<string>;
  focus: string | undefined;
  anchor: string | undefined;
}

export const EMPTY_SELECTION: Selection = { selected: new Set(), focus: undefined, anchor: undefined };

/** Only this document, focused: a plain click or a plain arrow key. */
export function selectOnly(id: string): Selection {
  return { selected: new Set([id]), focus: id, anchor: id };
}

/** Adds or removes one document, keeping the rest: Ctrl/Cmd-click, or Space. */
export function toggle(state: Selection, id: string): Selection {
  const selected = new Set(state.selected);
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  return { selected, focus: id, anchor: id };
}

/** Everything from the anchor to this document, in the order shown: Shift-click, Shift+arrow. */
export function extendTo(state: Selection, id: string, order: readonly string[]): Selection {
  const to = order.indexOf(id);
  const anchor = state.anchor !== undefined && order.includes(state.anchor) ? state.anchor : id;
  const from = order.indexOf(anchor);
  if (to < 0) return state;
  const [start, end] = from <= to ? [from, to] : [to, from];
  return { selected: new Set(order.slice(start, end + 1)), focus: id, anchor };
}

/** Moves the focus without touching the selection: Ctrl+arrow. */
export function focusOnly(state: Selection, id: string): Selection {
  return { ...state, focus: id };
}

/** Every document shown: Ctrl/Cmd+A. */
export function selectAll(state: Selection, order: readonly string[]): Selection {
  return { selected: new Set(order), focus: state.focus ?? order[0], anchor: state.anchor ?? order[0] };
}

/** The selected documents that are still shown, in the order shown: what a batch edit acts on. */
export function visibleSelection(state: Selection, order: readonly string[]): string[] {
  return state.selected.size === 0 ? [] : order.filter((id) => state.selected.has(id));
}
