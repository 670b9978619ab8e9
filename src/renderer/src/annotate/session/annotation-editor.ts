import type { Annotations, RegionChangeInput, SaveRegionsResult } from '../../../../shared/contract';
import type { Region, RegionContent, Shape } from '../../../../shared/domain/annotations';
import { contentOf } from '../../../../shared/domain/region-content';
import type { PendingConflict, SaveStatus } from './session-types';
import { UndoHistory, type RegionDelta } from './undo-history';

/** What the editor needs of the contract. */
export interface AnnotationClient {
  getAnnotations(docId: string): Promise<Annotations>;
  saveRegions(docId: string, author: string, changes: RegionChangeInput[]): Promise<SaveRegionsResult>;
  addComment(docId: string, regionId: string, author: string, text: string): Promise<Region>;
}

export interface EditorOptions {
  docId: string;
  author: () => string;
  client: AnnotationClient;
  newId: () => string;
  now?: () => Date;
  /** Test seam for timers. */
  schedule?: (run: () => void, ms: number) => () => void;
}

/** A change rests this long before it is sent, so a burst of typing is one save… */
export const SAVE_DELAY_MS = 300;
/** …but however steady the typing, nothing waits longer than this to be stored. */
export const SAVE_MAX_WAIT_MS = 1000;
/** A failed save is tried again after 1, 2, 4… seconds, at most this long apart. */
const RETRY_MAX_MS = 15_000;

export interface EditorSnapshot {
  status: 'loading' | 'ready' | 'failed';
  loadError?: string;
  regions: readonly Region[];
  selected: string | null;
  save: SaveStatus;
  conflicts: readonly PendingConflict[];
  canUndo: boolean;
  canRedo: boolean;
}

const byReadingOrder = (a: Region, b: Region) => a.page - b.page || a.order - b.order || a.id.localeCompare(b.id);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One document's regions as one client edits them, without React: the stored regions (`base`)
 * and this client's changes not yet stored (`local`, null for a removal). Every change shows at
 * once, is saved within a second, and stays in `local` until the library has it: a failed save
 * is retried, a conflict waits for the archivist, nothing is dropped.
 */
export class AnnotationEditor {
  private base = new Map<string, Region>();
  private local = new Map<string, RegionContent | null>();
  /**
   * The stored revision each pending change was made on. A reload may bring a newer revision
   * meanwhile (another client saved): the save still names the one edited, so it is a conflict
   * and never a silent overwrite.
   */
  private readonly editedFrom = new Map<string, number>();
  private readonly history = new UndoHistory();
  private conflicts: PendingConflict[] = [];
  private status: EditorSnapshot['status'] = 'loading';
  private loadError: string | undefined;
  private selected: string | null = null;
  private saving: Promise<void> | null = null;
  private saveError: string | undefined;
  private retries = 0;
  private cancelTimer: (() => void) | null = null;
  private firstPendingAt: number | null = null;
  /** Bumped by every save that lands, so a reload that raced one is not trusted. */
  private landed = 0;
  private snapshot: EditorSnapshot | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly schedule: NonNullable<EditorOptions['schedule']>;
  private readonly now: () => Date;
  private closed = false;

  constructor(private readonly options: EditorOptions) {
    this.schedule =
      options.schedule ??
      ((run, ms) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      });
    this.now = options.now ?? (() => new Date());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): EditorSnapshot => (this.snapshot ??= this.build());

  /** Reads the stored regions (at start, and when another client saved): this client's pending changes stay on top. */
  async load(): Promise<void> {
    const landedBefore = this.landed;
    try {
      const stored = await this.options.client.getAnnotations(this.options.docId);
      // A save of ours landed while this was read: the answer may predate it; the next event reads again.
      if (this.landed !== landedBefore && this.status === 'ready') return;
      this.base = new Map(stored.regions.map((r) => [r.id, r]));
      this.status = 'ready';
    } catch (error) {
      if (this.status !== 'ready') {
        this.status = 'failed';
        this.loadError = messageOf(error);
      }
    }
    this.changed();
  }

  select(id: string | null): void {
    if (this.selected === id) return;
    this.selected = id;
    this.history.seal();
    this.changed();
  }

  create(page: number, shape: Shape, kind: Region['kind'] = 'text'): string {
    const id = this.options.newId();
    const onPage = this.getSnapshot().regions.filter((r) => r.page === page);
    const order = onPage.reduce((max, r) => Math.max(max, r.order + 1), 0);
    const content: RegionContent = { page, shape, kind, order, text: '', direction: 'auto', lines: [], status: 'draft', tags: [], entities: [] };
    this.apply([{ id, before: null, after: content }]);
    this.selected = id;
    this.changed();
    return id;
  }

  update(id: string, patch: Partial<RegionContent>, merge?: string): void {
    const before = this.contentNow(id);
    if (!before) return;
    this.apply([{ id, before, after: { ...before, ...patch } }], merge);
  }

  remove(id: string): void {
    const before = this.contentNow(id);
    if (!before) return;
    if (this.selected === id) this.selected = null;
    this.apply([{ id, before, after: null }]);
  }

  reorder(page: number, ids: readonly string[]): void {
    const deltas: RegionDelta[] = [];
    ids.forEach((id, order) => {
      const before = this.contentNow(id);
      if (before && before.page === page && before.order !== order) deltas.push({ id, before, after: { ...before, order } });
    });
    if (deltas.length > 0) this.apply(deltas);
  }

  undo(): void {
    const deltas = this.history.undo();
    if (deltas) this.put(deltas);
  }

  redo(): void {
    const deltas = this.history.redo();
    if (deltas) this.put(deltas);
  }

  /** Settles a conflict: keep this client's version (saved over the stored one) or take the stored one. */
  resolve(id: string, keep: 'mine' | 'theirs'): void {
    const conflict = this.conflicts.find((c) => c.id === id);
    if (!conflict) return;
    this.conflicts = this.conflicts.filter((c) => c !== conflict);
    if (conflict.current) this.base.set(id, conflict.current);
    else this.base.delete(id);
    if (keep === 'theirs' || (conflict.mine === null && !conflict.current)) this.forget(id);
    else this.editedFrom.set(id, conflict.current?.revision ?? 0);
    this.changed();
    this.queueSave();
  }

  async addComment(id: string, text: string): Promise<void> {
    const region = await this.options.client.addComment(this.options.docId, id, this.options.author(), text);
    const known = this.base.get(id);
    if (!known || region.revision >= known.revision) this.base.set(id, region);
    this.changed();
  }

  /** Sends whatever is pending now and waits until it is stored (or has failed and is kept). */
  async flush(): Promise<void> {
    this.cancelTimer?.();
    this.cancelTimer = null;
    for (let round = 0; round < 3; round++) {
      if (this.saving) await this.saving;
      if (this.sendable().length === 0) return;
      await this.send();
      if (this.saveError) return;
    }
  }

  /** Saves may be scheduled (again: React mounts twice in development). */
  open(): void {
    this.closed = false;
    this.queueSave();
  }

  /** The page is going away: nothing more is scheduled. */
  close(): void {
    this.closed = true;
    this.cancelTimer?.();
  }

  hasUnsaved(): boolean {
    return this.local.size > 0;
  }

  private contentNow(id: string): RegionContent | null {
    if (this.local.has(id)) return this.local.get(id) ?? null;
    const stored = this.base.get(id);
    return stored ? contentOf(stored) : null;
  }

  private apply(deltas: RegionDelta[], merge?: string): void {
    this.history.record(deltas, merge);
    this.put(deltas);
  }

  private put(deltas: readonly RegionDelta[]): void {
    for (const { id, after } of deltas) {
      if (!this.editedFrom.has(id)) this.editedFrom.set(id, this.base.get(id)?.revision ?? 0);
      this.local.set(id, after);
    }
    if (this.selected && !this.contentNow(this.selected)) this.selected = null;
    this.changed();
    this.queueSave();
  }

  private changed(): void {
    this.snapshot = null;
    for (const listener of this.listeners) listener();
  }

  private build(): EditorSnapshot {
    const at = this.now().toISOString();
    const regions: Region[] = [];
    for (const [id, stored] of this.base) {
      if (!this.local.has(id)) regions.push(stored);
    }
    for (const [id, content] of this.local) {
      if (!content) continue;
      const stored = this.base.get(id);
      regions.push(stored ? { ...stored, ...content } : { ...content, id, createdAt: at, updatedAt: at, revision: 0, comments: [] });
    }
    regions.sort(byReadingOrder);
    const pending = this.local.size;
    const state = this.conflicts.length > 0 ? 'conflict' : this.saveError ? 'failed' : pending > 0 ? 'saving' : 'saved';
    return {
      status: this.status,
      ...(this.loadError ? { loadError: this.loadError } : {}),
      regions,
      selected: this.selected,
      save: { state, pending, ...(this.saveError ? { error: this.saveError } : {}) },
      conflicts: this.conflicts,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
  }

  private queueSave(): void {
    if (this.closed || this.saving || this.sendable().length === 0) return;
    const now = Date.now();
    this.firstPendingAt ??= now;
    const wait = Math.max(0, Math.min(SAVE_DELAY_MS, this.firstPendingAt + SAVE_MAX_WAIT_MS - now));
    this.cancelTimer?.();
    this.cancelTimer = this.schedule(() => {
      this.cancelTimer = null;
      void this.send();
    }, wait);
  }

  /** The pending changes that may go now: those held by a conflict wait for the archivist. */
  private sendable(): [string, RegionContent | null][] {
    const held = new Set(this.conflicts.map((c) => c.id));
    return [...this.local].filter(([id]) => !held.has(id));
  }

  private send(): Promise<void> {
    if (this.saving) return this.saving;
    const batch = new Map(this.sendable());
    this.firstPendingAt = null;
    const changes: RegionChangeInput[] = [];
    for (const [id, content] of batch) {
      const baseRevision = this.editedFrom.get(id) ?? 0;
      if (content) changes.push({ op: 'put', id, baseRevision, content });
      else if (baseRevision > 0) changes.push({ op: 'delete', id, baseRevision });
      // A region drawn and removed before it was ever stored needs no save.
      else this.forget(id);
    }
    if (changes.length === 0) {
      this.changed();
      return Promise.resolve();
    }
    this.changed();
    this.saving = this.options.client
      .saveRegions(this.options.docId, this.options.author(), changes)
      .then(
        (result) => this.acknowledge(result, batch),
        (error: unknown) => {
          this.saveError = messageOf(error);
          this.retries++;
        },
      )
      .finally(() => {
        this.saving = null;
        this.changed();
        if (this.saveError && !this.closed) {
          const delay = Math.min(RETRY_MAX_MS, 1000 * 2 ** (this.retries - 1));
          this.cancelTimer?.();
          this.cancelTimer = this.schedule(() => {
            this.cancelTimer = null;
            void this.send();
          }, delay);
        } else {
          this.queueSave();
        }
      });
    return this.saving;
  }

  private acknowledge(result: SaveRegionsResult, batch: ReadonlyMap<string, RegionContent | null>): void {
    this.saveError = undefined;
    this.retries = 0;
    if (!result.ok) {
      for (const conflict of result.conflicts) this.conflicts.push({ ...conflict, mine: batch.get(conflict.id) ?? null });
      return;
    }
    this.landed++;
    for (const region of result.saved) this.base.set(region.id, region);
    for (const id of result.deleted) this.base.delete(id);
    // A change made while the save was on its way stays pending, now on the new revision.
    for (const [id, content] of batch) {
      if (this.local.get(id) === content) this.forget(id);
      else this.editedFrom.set(id, this.base.get(id)?.revision ?? 0);
    }
  }

  private forget(id: string): void {
    this.local.delete(id);
    this.editedFrom.delete(id);
  }
}
