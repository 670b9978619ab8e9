import type { RegionConflict } from '../../../../shared/contract';
import type { Region, RegionContent, Shape } from '../../../../shared/domain/annotations';

/** Where the document's changes are: all stored, on their way, refused, or waiting on a conflict. */
export type SaveState = 'saved' | 'saving' | 'failed' | 'conflict';

export interface SaveStatus {
  state: SaveState;
  /** Changes not yet stored. */
  pending: number;
  /** Why the last attempt failed (it is retried). */
  error?: string;
}

/** A change refused because someone else saved the region first; `mine` is what this client wanted. */
export interface PendingConflict extends RegionConflict {
  mine: RegionContent | null;
}

export interface EditOptions {
  /**
   * Edits with the same key in a row are one undo step (the letters of one word typed, one
   * drag of a corner), instead of one step per keystroke or per pointer move.
   */
  merge?: string;
}

/**
 * One document's regions as this client edits them: every change applied at once here, saved
 * through the contract within a second, undoable; the contract's revisions catch a second
 * writer. The overlay and the transcription panel both read and change regions only through it.
 */
export interface AnnotationSession {
  status: 'loading' | 'ready' | 'failed';
  loadError?: string;
  /** Every region of the document with this client's changes applied, in reading order (page, then order). */
  regions: readonly Region[];
  selected: string | null;
  select: (id: string | null) => void;
  /** Adds a region at the end of its page's reading order, selects it, and gives its id. */
  create: (page: number, shape: Shape, kind?: Region['kind']) => string;
  update: (id: string, patch: Partial<RegionContent>, options?: EditOptions) => void;
  remove: (id: string) => void;
  /** Sets a page's reading order to this sequence of its regions. */
  reorder: (page: number, ids: readonly string[]) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  save: SaveStatus;
  conflicts: readonly PendingConflict[];
  /** Keeps this client's version (saved over the other) or takes the stored one. */
  resolve: (id: string, keep: 'mine' | 'theirs') => void;
  addComment: (id: string, text: string) => Promise<void>;
  /** Stores whatever is pending now (leaving the page, closing the window). */
  flush: () => Promise<void>;
  /** The name recorded with this client's changes. */
  author: string;
}
