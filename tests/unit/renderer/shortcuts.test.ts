import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/i18n/languages';
import { resources } from '../../../src/shared/i18n/resources';
import { keyCap } from '../../../src/renderer/src/viewer/help/key-caps';
import { isMacPlatform } from '../../../src/renderer/src/viewer/help/platform';
import { SHORTCUT_GROUPS } from '../../../src/renderer/src/viewer/help/shortcut-groups';
import { describeShortcut, matchShortcut, SHORTCUTS, type KeyPress, type ViewerCommand } from '../../../src/renderer/src/viewer/shortcuts';

/** Every command, checked by the compiler: a command added to ViewerCommand and not here fails the type check. */
const EVERY_COMMAND: Readonly<Record<ViewerCommand, true>> = {
  'zoom-in': true,
  'zoom-out': true,
  'fit-page': true,
  'actual-size': true,
  'fit-width': true,
  'previous-page': true,
  'next-page': true,
  'first-page': true,
  'last-page': true,
  'pan-up': true,
  'pan-down': true,
  'pan-left': true,
  'pan-right': true,
  'rotate-clockwise': true,
  'rotate-counterclockwise': true,
  'toggle-mode': true,
  'toggle-sidebar': true,
  'toggle-adjustments': true,
  'select-text': true,
  find: true,
  'search-library': true,
  'go-to-page': true,
  'full-screen': true,
  help: true,
  'toggle-transcription': true,
  'tool-select': true,
  'tool-rect': true,
  'tool-polygon': true,
  'tool-line': true,
  undo: true,
  redo: true,
};
const commands = Object.keys(EVERY_COMMAND) as ViewerCommand[];

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('the help overlay groups', () => {
  it('put every command in exactly one group, and nothing else', () => {
    const grouped = SHORTCUT_GROUPS.flatMap((group) => group.commands);
    expect([...grouped].sort()).toEqual([...commands].sort());
  });

  it('list only commands that have a key', () => {
    for (const command of commands) expect(SHORTCUTS.some((s) => s.command === command), command).toBe(true);
  });

  it.each(LANGUAGES)('have a label for every command and a heading for every group in %s', (language) => {
    const viewer = resources[language].translation.viewer as unknown as {
      command?: Record<string, string>;
      help?: { title?: string; or?: string; group?: Record<string, string> };
    };
    for (const command of commands) expect(viewer.command?.[command]?.trim(), `${language}: viewer.command.${command}`).toBeTruthy();
    for (const group of SHORTCUT_GROUPS) expect(viewer.help?.group?.[group.id]?.trim(), `${language}: viewer.help.group.${group.id}`).toBeTruthy();
    expect(viewer.help?.title?.trim()).toBeTruthy();
    expect(viewer.help?.or?.trim()).toBeTruthy();
  });
});

describe('matchShortcut', () => {
  it('takes Ctrl and Cmd alike for the zoom keys', () => {
    expect(matchShortcut(press('+', { ctrlKey: true }))).toBe('zoom-in');
    expect(matchShortcut(press('+', { metaKey: true }))).toBe('zoom-in');
    expect(matchShortcut(press('=', { ctrlKey: true }))).toBe('zoom-in');
    expect(matchShortcut(press('-', { metaKey: true }))).toBe('zoom-out');
    expect(matchShortcut(press('0', { ctrlKey: true }))).toBe('fit-page');
    expect(matchShortcut(press('1', { metaKey: true }))).toBe('actual-size');
    expect(matchShortcut(press('2', { ctrlKey: true }))).toBe('fit-width');
    expect(matchShortcut(press('g', { ctrlKey: true }))).toBe('go-to-page');
  });

  it('still zooms in when Shift made the plus (Ctrl+Shift+= gives "+") and zooms out on "_"', () => {
    expect(matchShortcut(press('+', { ctrlKey: true }))).toBe('zoom-in');
    expect(matchShortcut(press('_', { ctrlKey: true }))).toBe('zoom-out');
  });

  it('never answers Alt, which belongs to the menus and the system', () => {
    expect(matchShortcut(press('+', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(matchShortcut(press('r', { altKey: true }))).toBeNull();
    expect(matchShortcut(press('PageDown', { altKey: true }))).toBeNull();
  });

  it('turns the page clockwise on r and back on R (Shift+R)', () => {
    expect(matchShortcut(press('r'))).toBe('rotate-clockwise');
    expect(matchShortcut(press('R'))).toBe('rotate-counterclockwise');
    expect(matchShortcut(press('r', { ctrlKey: true }))).toBeNull();
  });

  it('reads letter keys by their place, so a Kazakh or Russian layout and Caps Lock change nothing', () => {
    // R on a Cyrillic layout types «к»; with Caps Lock on, «К» or R without Shift.
    expect(matchShortcut(press('к', { code: 'KeyR', shiftKey: false }))).toBe('rotate-clockwise');
    expect(matchShortcut(press('К', { code: 'KeyR', shiftKey: true }))).toBe('rotate-counterclockwise');
    expect(matchShortcut(press('R', { code: 'KeyR', shiftKey: false }))).toBe('rotate-clockwise');
    expect(matchShortcut(press('п', { code: 'KeyG', ctrlKey: true }))).toBe('go-to-page');
    expect(matchShortcut(press('е', { code: 'KeyT' }))).toBe('select-text');
    // Keys that are not letters keep what they type: Shift + = is +.
    expect(matchShortcut(press('+', { code: 'Equal', ctrlKey: true, shiftKey: true }))).toBe('zoom-in');
    expect(matchShortcut(press('PageDown', { code: 'PageDown' }))).toBe('next-page');
  });

  it('does nothing for a plain 0, a plain + or a modified g that is not Ctrl/Cmd', () => {
    expect(matchShortcut(press('0'))).toBeNull();
    expect(matchShortcut(press('+'))).toBeNull();
    expect(matchShortcut(press('g'))).toBeNull();
  });

  it('turns pages with PageUp/PageDown and jumps with Home/End, only without a modifier', () => {
    expect(matchShortcut(press('PageDown'))).toBe('next-page');
    expect(matchShortcut(press('PageUp'))).toBe('previous-page');
    expect(matchShortcut(press('Home'))).toBe('first-page');
    expect(matchShortcut(press('End'))).toBe('last-page');
    expect(matchShortcut(press('Home', { ctrlKey: true }))).toBeNull();
  });

  it('pans with the arrows and answers the one-key commands', () => {
    expect(matchShortcut(press('ArrowUp'))).toBe('pan-up');
    expect(matchShortcut(press('ArrowLeft'))).toBe('pan-left');
    expect(matchShortcut(press('F4'))).toBe('toggle-sidebar');
    expect(matchShortcut(press('t'))).toBe('select-text');
    expect(matchShortcut(press('F11'))).toBe('full-screen');
    expect(matchShortcut(press('?'))).toBe('help');
    expect(matchShortcut(press('F1'))).toBe('help');
  });
});

describe('how the help overlay writes a shortcut', () => {
  it('uses ⌘ on a Mac and Ctrl elsewhere', () => {
    const zoomIn = SHORTCUTS.find((s) => s.command === 'zoom-in');
    expect(zoomIn && describeShortcut(zoomIn, false)).toEqual(['Ctrl + +', 'Ctrl + =']);
    expect(zoomIn && describeShortcut(zoomIn, true)).toEqual(['⌘ + +', '⌘ + =']);
  });

  it('knows a Mac from userAgentData or, failing that, the platform string', () => {
    expect(isMacPlatform({ userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(isMacPlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isMacPlatform({ userAgentData: { platform: '' }, platform: 'MacIntel' })).toBe(true);
    expect(isMacPlatform({ userAgentData: { platform: 'Windows' }, platform: 'Win32' })).toBe(false);
    expect(isMacPlatform({ platform: 'Linux x86_64' })).toBe(false);
    expect(isMacPlatform({})).toBe(false);
  });

  it('prints keys as their caps: capitals, arrows, Shift for a capital letter', () => {
    expect(keyCap('r', false)).toBe('R');
    expect(keyCap('R', false)).toBe('Shift + R');
    expect(keyCap('R', true)).toBe('⇧ + R');
    expect(keyCap('ArrowDown', false)).toBe('↓');
    expect(keyCap('PageUp', false)).toBe('Page Up');
    expect(keyCap('F11', false)).toBe('F11');
    expect(keyCap('?', false)).toBe('?');
    expect(keyCap('+', false)).toBe('+');
  });
});

describe('find and search', () => {
  it('finds in the document on Ctrl/Cmd+F and searches the library with Shift, on any layout', () => {
    expect(matchShortcut(press('f', { code: 'KeyF', ctrlKey: true }))).toBe('find');
    expect(matchShortcut(press('а', { code: 'KeyF', metaKey: true }))).toBe('find');
    expect(matchShortcut(press('F', { code: 'KeyF', ctrlKey: true, shiftKey: true }))).toBe('search-library');
    expect(matchShortcut(press('А', { code: 'KeyF', metaKey: true, shiftKey: true }))).toBe('search-library');
    expect(matchShortcut(press('F', { ctrlKey: true }))).toBe('search-library');
    // Without Ctrl/Cmd, F is full screen, with or without Shift making it a capital.
    expect(matchShortcut(press('f', { code: 'KeyF' }))).toBe('full-screen');
    expect(matchShortcut(press('F', { code: 'KeyF', shiftKey: true }))).toBeNull();
  });
});

describe('undo and redo', () => {
  it('take Ctrl/Cmd + Z back and Shift (or Y) forward, on any layout', () => {
    expect(matchShortcut(press('z', { code: 'KeyZ', ctrlKey: true }))).toBe('undo');
    expect(matchShortcut(press('я', { code: 'KeyZ', metaKey: true }))).toBe('undo');
    expect(matchShortcut(press('Z', { code: 'KeyZ', ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(matchShortcut(press('y', { code: 'KeyY', ctrlKey: true }))).toBe('redo');
    expect(matchShortcut(press('z', { code: 'KeyZ' }))).toBeNull();
  });
});
