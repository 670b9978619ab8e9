import { describeShortcut, SHORTCUTS, type Shortcut, type ViewerCommand } from '../shortcuts';

/** KeyboardEvent.key names that read badly on a key cap. */
const NAMED: Readonly<Record<string, string>> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
};

/**
 * A key as printed on the keyboard: letters in capitals, and a capital letter (which only Shift
 * gives) with Shift written out, so "r" and "R" do not look the same.
 */
export function keyCap(key: string, isMac: boolean): string {
  if (/^\p{Ll}$/u.test(key)) return key.toUpperCase();
  if (/^\p{Lu}$/u.test(key)) return `${isMac ? '⇧' : 'Shift'} + ${key}`;
  return NAMED[key] ?? key;
}

/** The shortcut with its keys as key caps, ready for describeShortcut(). */
export const withKeyCaps = (shortcut: Shortcut, isMac: boolean): Shortcut => ({ ...shortcut, keys: shortcut.keys.map((key) => keyCap(key, isMac)) });

/** Every way to give a command from the keyboard, as the help overlay and the toolbar's tooltips write it. */
export const shortcutKeyNames = (command: ViewerCommand, isMac: boolean): string[] =>
  SHORTCUTS.filter((shortcut) => shortcut.command === command).flatMap((shortcut) => describeShortcut(withKeyCaps(shortcut, isMac), isMac));
