import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SearchQuery, SearchResult } from '../../../shared/contract';
import type { ArchiveDocument } from '../../../shared/domain/document';
import { liveDocuments } from '../library/documents';
import type { LibraryStore } from '../store/library-store';
import { documentEntries } from './document-entries';
import { documentEntry, documentEntryId, regionEntry, regionEntryId } from './entries';
import { regionsFingerprint, textToolsFingerprint } from './fingerprint';
import { LiveIndex } from './live-index';
import { PdfTextCache } from './pdf-text-cache';
import { runQuery } from './run-query';
import { indexFileText, readSavedIndex, saveIndex } from './saved-index';
import { queryWords, rememberKeys } from './term-keys';

export interface SearchIndexOptions {
  /** How long after the last change the index is saved. */
  saveDelayMs?: number;
  /**
   * The least time between two saves. Turning the index to text holds the event loop (about
   * 0.15 s for a million words), and a save only spares the next open re-indexing the documents
   * changed since: a session of edits is saved now and then, and on close.
   */
  minSaveIntervalMs?: number;
  log?: (message: string) => void;
}

/** What the index did, for tests and diagnostics: a load is not a rebuild. */
export interface SearchIndexStats {
  loads: number;
  rebuilds: number;
  documentsIndexed: number;
  /** Documents whose shard was read on opening to see whether their entries are current (their files' stamps had changed). */
  shardsCompared: number;
  saves: number;
}

interface PendingChange {
  description: boolean;
  regions: Set<string>;
}

const EMPTY: SearchResult = { total: 0, groups: [] };

/**
 * The library's search index: made on the first query (loaded from search/ when its manifest
 * matches the library, documents that changed meanwhile indexed again), kept current by the
 * changes noted from the service's events, and saved a moment after the last change and on
 * close. Changes are applied in the background, one at a time, and a query waits for those
 * noted before it, so a save is found at once. Failures are logged, never thrown into a save.
 */
export class SearchIndex {
  readonly stats: SearchIndexStats = { loads: 0, rebuilds: 0, documentsIndexed: 0, shardsCompared: 0, saves: 0 };
  private live: Promise<LiveIndex> | undefined;
  private readonly pending = new Map<string, PendingChange>();
  private work: Promise<unknown> = Promise.resolve();
  private saving: Promise<void> = Promise.resolve();
  private unsaved = false;
  private lastSave = Number.NEGATIVE_INFINITY;
  private saveTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly pdfText: PdfTextCache;
  private readonly log: (message: string) => void;
  private textToolsCache: string | undefined;
  private readingAhead: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: LibraryStore,
    private readonly options: SearchIndexOptions = {},
  ) {
    this.pdfText = new PdfTextCache(store.layout, !store.readOnly);
    this.log = options.log ?? ((message) => console.warn(`muragat: search: ${message}`));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const words = queryWords(query.query);
    if (words.length === 0) return EMPTY;
    const live = await this.current();
    return runQuery(live, words, query, { store: this.store, pdfText: this.pdfText });
  }

  /** Resolves once the shards are all read after opening (readShardsAhead): searches are at their quickest from then on. */
  async warm(): Promise<void> {
    await this.live;
    await this.readingAhead;
  }

  /** Resolves once the changes noted so far are in the index: for tests and measurements. */
  async settled(): Promise<void> {
    await this.work;
  }

  /** A document's regions were saved. Returns at once: the work is done later. */
  noteRegions(docId: string, regionIds: readonly string[]): void {
    const change = this.note(docId);
    for (const id of regionIds) change?.regions.add(id);
  }

  /** Documents were imported, described, trashed or restored. Returns at once. */
  noteDocuments(docIds: readonly string[]): void {
    for (const docId of docIds) {
      const change = this.note(docId);
      if (change) change.description = true;
    }
  }

  /** Applies what is noted, saves if anything changed since the last save, and stops. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.saveTimer);
    await this.work;
    await this.save();
    await this.saving;
  }

  /** Before the first query nothing is noted: opening compares every document anyway. */
  private note(docId: string): PendingChange | undefined {
    if (!this.live || this.closed) return undefined;
    let change = this.pending.get(docId);
    if (!change) {
      change = { description: false, regions: new Set() };
      this.pending.set(docId, change);
      void this.serial(() => this.applyPending());
    }
    return change;
  }

  private async current(): Promise<LiveIndex> {
    let live = this.live;
    if (!live) {
      live = this.live = this.serial(() => this.open());
      // A failed open (the catalogue unreadable, say) is tried again by the next query.
      live.catch(() => (this.live = undefined));
    }
    await this.serial(() => this.applyPending());
    return live;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.work.then(task);
    this.work = run.catch((error: unknown) => this.log(`the index could not be updated: ${(error as Error).message}`));
    return run;
  }

  private get textTools(): string {
    return (this.textToolsCache ??= textToolsFingerprint());
  }

  private async open(): Promise<LiveIndex> {
    // Opening reads every document as it is now: what was noted so far is covered.
    this.pending.clear();
    const saved = await readSavedIndex(this.store.layout.search, this.textTools);
    let live: LiveIndex;
    if ('unusable' in saved) {
      this.log(`building the index: the saved one is unusable (${saved.unusable})`);
      this.stats.rebuilds++;
      live = new LiveIndex();
    } else {
      this.stats.loads++;
      live = saved;
    }
    await this.reconcile(live);
    this.readingAhead = this.readShardsAhead();
    return live;
  }

  /**
   * Hits show text from the shards, which opening no longer reads when their stamps vouch for
   * them: they are read now, one per turn of the event loop, so that the first searches do not
   * wait for the shards of their hits, nor work out the keys of the words their snippets show.
   * The store keeps the shards, as it keeps every shard opened.
   */
  private async readShardsAhead(): Promise<void> {
    let remembering = true;
    for (const docId of liveDocuments(this.store).keys()) {
      if (this.closed) return;
      await nextTurn();
      const shard = await this.store.readShard(docId).catch(() => undefined);
      for (const region of shard?.regions ?? []) remembering &&= rememberKeys(region.text);
    }
  }

  /** Makes the index agree with the library: documents gone are dropped, changed or new ones indexed. */
  private async reconcile(live: LiveIndex): Promise<void> {
    const documents = liveDocuments(this.store);
    let changed = false;
    for (const docId of live.documentIds()) {
      if (documents.has(docId)) continue;
      live.remove(docId);
      changed = true;
    }
    for (const doc of documents.values()) {
      // The shards may all be in memory already: without a pause the whole build would hold the event loop.
      await nextTurn();
      try {
        if (await this.isCurrent(live, doc)) continue;
        await this.indexDocument(live, doc);
      } catch (error) {
        this.failed(live, doc.id, error);
      }
      changed = true;
    }
    if (changed) this.changed();
  }

  /**
   * Whether a document's saved entries are current: its description unchanged, its PDF text all
   * read, and its annotation files as stamped (a stat; not after a crash) or else its regions as
   * fingerprinted (the shard read; the new stamp is kept, to be saved).
   */
  private async isCurrent(live: LiveIndex, doc: ArchiveDocument): Promise<boolean> {
    const known = live.state(doc.id);
    if (!known?.complete || known.updatedAt !== doc.updatedAt) return false;
    const files = await this.store.shardStamp(doc.id);
    if (known.files === files && !this.store.afterCrash) return true;
    this.stats.shardsCompared++;
    if (regionsFingerprint((await this.store.readShard(doc.id)).regions) !== known.regions) return false;
    live.setState(doc.id, { ...known, files });
    this.unsaved = true;
    return true;
  }

  private async applyPending(): Promise<void> {
    if (this.pending.size === 0 || !this.live) return;
    const live = await this.live;
    const changes = [...this.pending];
    this.pending.clear();
    const documents = liveDocuments(this.store);
    for (const [docId, change] of changes) {
      const doc = documents.get(docId);
      try {
        if (!doc) live.remove(docId);
        else if (live.state(docId) === undefined) await this.indexDocument(live, doc);
        else await this.indexChange(live, doc, change);
      } catch (error) {
        this.failed(live, docId, error);
      }
    }
    this.changed();
  }

  private async indexDocument(live: LiveIndex, doc: ArchiveDocument): Promise<void> {
    // Stamped before the read: a save in between leaves an older stamp, which only costs a read next time.
    const files = await this.store.shardStamp(doc.id);
    // A copy of the list: later saves replace the shard's arrays, and this one is read across awaits.
    const regions = [...(await this.store.readShard(doc.id)).regions];
    const { entries, complete } = await documentEntries(doc, regions, this.pdfText, this.log);
    live.replaceAll(doc.id, entries, { updatedAt: doc.updatedAt, regions: regionsFingerprint(regions), complete, files });
    this.stats.documentsIndexed++;
  }

  /** Only what changed: the regions saved, the description edited; PDF text never changes. */
  private async indexChange(live: LiveIndex, doc: ArchiveDocument, change: PendingChange): Promise<void> {
    const regions = (await this.store.readShard(doc.id)).regions;
    const saved = regions.filter((region) => change.regions.has(region.id));
    const ids = [...change.regions].map((id) => regionEntryId(doc.id, id));
    const entries = saved.map((region) => regionEntry(doc.id, region));
    if (change.description) {
      ids.push(documentEntryId(doc.id));
      entries.push(documentEntry(doc));
    }
    const complete = live.state(doc.id)?.complete ?? false;
    live.replace(doc.id, ids, entries, { updatedAt: doc.updatedAt, regions: regionsFingerprint(regions), complete });
  }

  private failed(live: LiveIndex, docId: string, error: unknown): void {
    live.markStale(docId);
    this.log(`${docId} could not be indexed (it will be tried again): ${(error as Error).message}`);
  }

  /** Saves a moment after the last change (a run of saves writes the index once), at most once a minute. */
  private changed(): void {
    this.unsaved = true;
    if (this.store.readOnly || this.closed) return;
    clearTimeout(this.saveTimer);
    const delay = Math.max(this.options.saveDelayMs ?? 2000, this.lastSave + (this.options.minSaveIntervalMs ?? 60_000) - Date.now());
    this.saveTimer = setTimeout(() => void this.serial(() => this.save()), delay);
    // A pending save never keeps a command's process alive; close() saves.
    this.saveTimer.unref();
  }

  /** The index is turned to text in the queue (nothing changes it meanwhile) and written outside it: queries go on meanwhile. */
  private async save(): Promise<void> {
    if (!this.unsaved || !this.live || this.store.readOnly) return;
    const live = await this.live;
    this.unsaved = false;
    this.lastSave = Date.now();
    const json = indexFileText(live.content());
    const documents = live.allStates();
    this.saving = this.saving.then(() =>
      saveIndex(this.store.layout.search, this.textTools, json, documents).then(
        () => {
          this.stats.saves++;
        },
        (error: unknown) => {
          this.unsaved = true;
          this.log(`the index could not be saved (it is rebuilt when needed): ${(error as Error).message}`);
        },
      ),
    );
  }
}
