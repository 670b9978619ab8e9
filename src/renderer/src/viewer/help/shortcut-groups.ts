import type { ViewerCommand } from '../shortcuts';

export type ShortcutGroupId = 'zoom' | 'navigation' | 'view' | 'transcription';

export interface ShortcutGroup {
  /** Names the heading, `viewer.help.group.<id>`. */
  id: ShortcutGroupId;
  commands: readonly ViewerCommand[];
}

/** The help overlay's sections, in the order a reader looks for them; every command is in exactly one. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  { id: 'zoom', commands: ['zoom-in', 'zoom-out', 'fit-page', 'actual-size', 'fit-width'] },
  {
    id: 'navigation',
    commands: ['previous-page', 'next-page', 'first-page', 'last-page', 'go-to-page', 'pan-up', 'pan-down', 'pan-left', 'pan-right'],
  },
  {
    id: 'view',
    commands: ['rotate-clockwise', 'rotate-counterclockwise', 'toggle-mode', 'toggle-sidebar', 'toggle-adjustments', 'select-text', 'find', 'search-library', 'full-screen', 'help'],
  },
  { id: 'transcription', commands: ['toggle-transcription', 'tool-select', 'tool-rect', 'tool-polygon', 'tool-line', 'undo', 'redo'] },
];
