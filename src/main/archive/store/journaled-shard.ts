import { copyFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AnnotationShard } from '../../../shared/domain/annotations';
import { MuragatError } from '../../../shared/rpc/errors';
import { JournalAppender } from './journal-appender';
import type { LibraryLayout } from './layout';
import { shardSpec } from './schema-versions';
import { applyDelta, type ShardDelta } from './shard-delta';
import { encodeEntry, readJournal, type JournalRead } from './shard-journal';
import { VersionedJsonAdapter, type AdapterHooks } from './versioned-json';

/** When a journal is folded into its shard file: often enough that reading a shard stays quick. */
export interface JournalLimits {
  lines: number;
  bytes: number;
}

export const DEFAULT_JOURNAL_LIMITS: JournalLimits = { lines: 500, bytes: 256 * 1024 };

const emptyShard = (docId: string): AnnotationShard => ({
  schemaVersion: shardSpec.currentVersion,
  docId,
  regions: [],
  history: {},
});

/**
 * One document's annotations in memory: the shard file (annotations/<docId>.json) with its
 * journal's saves applied. A save appends one line to the journal; the whole file is written
 * only when the journal is folded in (compaction), on a whole-shard update, and on the first
 * save of a document that has no file yet (so that every journal has its shard file beside it,
 * and whatever lists the shard files finds every document with annotations).
 */
export class JournaledShard {
  private constructor(
    private readonly adapter: VersionedJsonAdapter<AnnotationShard>,
    private readonly journal: JournalAppender,
    private current: AnnotationShard,
    /** The last save applied: the shard file's journalSeq, or its journal's last line. */
    private seq: number,
    /** Whether the shard file exists (a document never saved has none). */
    private onDisk: boolean,
  ) {}

  static async load(docId: string, layout: LibraryLayout, hooks: AdapterHooks): Promise<JournaledShard> {
    const adapter = new VersionedJsonAdapter(layout.shard(docId), shardSpec, hooks);
    const stored = await adapter.read();
    const shard = stored ?? emptyShard(docId);
    if (shard.docId !== docId) throw new MuragatError('corrupt', `${layout.shard(docId)} belongs to document ${shard.docId}, not ${docId}`);
    const base = shard.journalSeq ?? 0;
    const read = await readJournal(layout.journal(docId), base);
    for (const entry of read.entries) applyDelta(shard, entry);
    const loaded = new JournaledShard(adapter, new JournalAppender(layout.journal(docId), read.goodBytes, read.length, read.lines, read.found), shard, read.entries.at(-1)?.seq ?? base, stored !== null);
    await loaded.settle(read, hooks);
    return loaded;
  }

  get shard(): AnnotationShard {
    return this.current;
  }

  /** Whether the journal is due to be folded into the shard file: done after the save that filled it has answered. */
  needsCompaction(limits: JournalLimits): boolean {
    return this.overLimits(limits);
  }

  /** Whether the journal is running out of zeros for its next lines: topped up in a quiet moment (quiet-work.ts). */
  get needsReserve(): boolean {
    return this.journal.needsReserve;
  }

  reserve(): Promise<void> {
    return this.journal.reserve();
  }

  /** Makes a save durable, and only then applies it to the shard in memory (in place: no copy of the shard). */
  async append(delta: ShardDelta): Promise<void> {
    if (!this.onDisk) {
      const draft = { ...this.current, history: { ...this.current.history } };
      applyDelta(draft, delta);
      return this.writeWhole(draft);
    }
    const seq = this.seq + 1;
    const line = encodeEntry({ seq, ...delta });
    await this.journal.append(line);
    this.seq = seq;
    applyDelta(this.current, delta);
  }

  /** Writes `draft` as the whole shard file, holding every save so far, then empties the journal. */
  async writeWhole(draft: AnnotationShard): Promise<void> {
    const whole = this.seq > 0 ? { ...draft, journalSeq: this.seq } : draft;
    await this.journal.create();
    await this.adapter.write(whole);
    this.journal.folderSynced();
    this.current = whole;
    this.onDisk = true;
    // A crash before the journal is emptied is harmless: its lines are at or below journalSeq, so skipped.
    await this.journal.clear().catch((error: unknown) => console.warn(`muragat: ${this.journal.file}: ${(error as Error).message}`));
  }

  private overLimits(limits: JournalLimits): boolean {
    return this.journal.lines >= limits.lines || this.journal.bytes >= limits.bytes;
  }

  /** Folds the journal into the shard file. */
  async compact(): Promise<void> {
    if (this.journal.lines > 0) await this.writeWhole({ ...this.current });
  }

  close(): Promise<void> {
    return this.journal.close();
  }

  /** Mends what reading the journal found: a torn tail is cut off; damage is reported, and the journal set aside. */
  private async settle(read: JournalRead, hooks: AdapterHooks): Promise<void> {
    const file = this.journal.file;
    if (read.gap) {
      const { from, to } = read.gap;
      hooks.onRecovery({ file, detail: `saves ${from}–${to} are in neither the annotation file nor its journal (the file came from an older backup); the later saves were applied` });
    }
    if (hooks.readOnly) {
      if (read.damage) hooks.onRecovery({ file, detail: `${read.damage}; the saves before it were read (read-only, not repaired)` });
      return;
    }
    if (read.torn) await this.journal.cutTornTail();
    if (read.damage) {
      // A copy is kept before the good lines are folded into the shard file and the journal goes.
      const aside = `${file}.corrupt-${Date.now()}`;
      await copyFile(file, aside);
      await this.writeWhole({ ...this.current });
      hooks.onRecovery({ file, detail: `${read.damage}; the saves before it were kept, the journal was set aside as ${basename(aside)}` });
    }
  }
}
