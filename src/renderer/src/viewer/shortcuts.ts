/** What the viewer can be asked to do from the keyboard, the toolbar or the help overlay. */
export type ViewerCommand =
  | 'zoom-in'
  | 'zoom-out'
  | 'fit-page'
  | 'actual-size'
  | 'fit-width'
  | 'previous-page'
  | 'next-page'
  | 'first-page'
  | 'last-page'
  | 'pan-up'
  | 'pan-down'
  | 'pan-left'
  | 'pan-right'
  | 'rotate-clockwise'
  | 'rotate-counterclockwise'
  | 'toggle-mode'
  | 'toggle-sidebar'
  | 'toggle-adjustments'
  | 'select-text'
  | 'find'
  | 'search-library'
  | 'go-to-page'
  | 'full-screen'
  | 'help'
  | 'toggle-transcription'
  | 'tool-select'
  | 'tool-rect'
  | 'tool-polygon'
  | 'tool-line'
  | 'undo'
  | 'redo';

export interface Shortcut {
  command: ViewerCommand;
  /** KeyboardEvent.key values, letters as typed on a Latin layout. */
  keys: readonly string[];
  /** With Ctrl, or Cmd on a Mac. */
  mod?: boolean;
}

/**
 * The keys PDF readers already know: Ctrl/Cmd with +, −, 0 (fit page, as Acrobat), 1 (actual
 * pixels), 2 (fit width); arrows pan (and turn the page when it fits across); PageUp/PageDown,
 * Home/End; R turns the page as in pdf.js's viewer.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'zoom-in', keys: ['+', '='], mod: true },
  { command: 'zoom-out', keys: ['-', '_'], mod: true },
  { command: 'fit-page', keys: ['0'], mod: true },
  { command: 'actual-size', keys: ['1'], mod: true },
  { command: 'fit-width', keys: ['2'], mod: true },
  { command: 'previous-page', keys: ['PageUp'] },
  { command: 'next-page', keys: ['PageDown'] },
  { command: 'first-page', keys: ['Home'] },
  { command: 'last-page', keys: ['End'] },
  { command: 'pan-up', keys: ['ArrowUp'] },
  { command: 'pan-down', keys: ['ArrowDown'] },
  { command: 'pan-left', keys: ['ArrowLeft'] },
  { command: 'pan-right', keys: ['ArrowRight'] },
  { command: 'rotate-clockwise', keys: ['r'] },
  { command: 'rotate-counterclockwise', keys: ['R'] },
  { command: 'toggle-mode', keys: ['c'] },
  { command: 'toggle-sidebar', keys: ['F4'] },
  { command: 'toggle-adjustments', keys: ['a'] },
  { command: 'select-text', keys: ['t'] },
  { command: 'find', keys: ['f'], mod: true },
  // Shift makes the key «F»: Ctrl/Cmd+Shift+F searches the whole library, as editors search a whole project.
  { command: 'search-library', keys: ['F'], mod: true },
  { command: 'go-to-page', keys: ['g'], mod: true },
  { command: 'full-screen', keys: ['f', 'F11'] },
  { command: 'help', keys: ['?', 'F1'] },
  // Transcription: E opens the panel; V, B, P, L pick a tool as in drawing programs.
  { command: 'toggle-transcription', keys: ['e'] },
  { command: 'tool-select', keys: ['v'] },
  { command: 'tool-rect', keys: ['b'] },
  { command: 'tool-polygon', keys: ['p'] },
  { command: 'tool-line', keys: ['l'] },
  { command: 'undo', keys: ['z'], mod: true },
  { command: 'redo', keys: ['Z', 'y'], mod: true },
];

export interface KeyPress {
  key: string;
  /** The physical key (KeyboardEvent.code), e.g. 'KeyR' whatever the layout types there. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

/**
 * The key as a shortcut reads it. A letter key is read from its place on the keyboard: on a
 * Kazakh or Russian layout R types «к», and Caps Lock turns r into R, yet R must still turn the
 * page, and only Shift may make it turn back.
 */
function shortcutKey({ key, code, shiftKey }: KeyPress): string {
  const letter = code === undefined ? null : /^Key([A-Z])$/.exec(code)?.[1];
  if (!letter) return key;
  return shiftKey ? letter : letter.toLowerCase();
}

/**
 * The command a key press asks for, or null. Ctrl and Cmd are one modifier; Alt is never ours;
 * Shift is already in the key (+, ?, capital R), so it is not checked again.
 */
export function matchShortcut(press: KeyPress): ViewerCommand | null {
  if (press.altKey) return null;
  const mod = press.ctrlKey || press.metaKey;
  const key = shortcutKey(press);
  for (const shortcut of SHORTCUTS) {
    if (!shortcut.keys.includes(key)) continue;
    if (Boolean(shortcut.mod) !== mod) continue;
    return shortcut.command;
  }
  return null;
}

/** How a shortcut is written in the help overlay, e.g. "Ctrl + +" or "⌘ + +". */
export function describeShortcut(shortcut: Shortcut, isMac: boolean): string[] {
  return shortcut.keys.map((key) => (shortcut.mod ? `${isMac ? '⌘' : 'Ctrl'} + ${key}` : key));
}
