import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { AnnotationShard } from '../../../shared/domain/annotations';
import type { Catalog } from '../../../shared/domain/catalog';
import { MuragatError } from '../../../shared/rpc/errors';
import { snapshot } from './backups';
import { backupPathOf, syncDirectory } from './durable-write';
import { DEFAULT_JOURNAL_LIMITS, JournaledShard, type JournalLimits } from './journaled-shard';
import { libraryLayout, type LibraryLayout } from './layout';
import { fileStamp } from './file-stamp';
import { acquireLock, peekLock, type LockHolder } from './lock';
import { OpenJournals } from './open-journals';
import { QuietWork } from './quiet-work';
import { catalogSpec } from './schema-versions';
import { SerialQueue } from './serial-queue';
import type { ShardDelta } from './shard-delta';
import { VersionedJsonAdapter, type AdapterHooks, type Recovery, type VersionedSpec } from './versioned-json';

export interface OpenStoreOptions {
  /** Open without taking the lock and without writing anything. */
  readOnly?: boolean;
  /** Test seam: replaces the catalog's schema spec to exercise migrations. */
  catalogSpec?: VersionedSpec<Catalog>;
  /** Test seam: when a shard's journal is folded into its file. */
  journalLimits?: JournalLimits;
}

export interface LibraryStore {
  readonly layout: LibraryLayout;
  readonly readOnly: boolean;
  readonly readOnlyReason?: 'locked' | 'requested';
  readonly lockedBy?: LockHolder;
  readonly recoveries: readonly Recovery[];
  /**
   * The last writer left its lock behind (it crashed, or the machine did): what it wrote is
   * durable, but a file's times may be older than its contents, so stamps taken before are not
   * to be trusted this time.
   */
  readonly afterCrash: boolean;
  catalog(): Readonly<Catalog>;
  /** Applies `mutate` to a copy, writes it durably, and only then makes it current. */
  updateCatalog(mutate: (draft: Catalog) => void): Promise<Catalog>;
  /** The shard as it is now; later saves change it in place, so read what you need before awaiting. */
  readShard(docId: string): Promise<AnnotationShard>;
  /**
   * The shard as last read or saved, when it is in memory, without waiting behind a write in
   * progress (readShard waits): for showing search hits, a few hundred at a time.
   */
  shardInMemory(docId: string): Readonly<AnnotationShard> | undefined;
  /**
   * The quick save: `plan` looks at the shard as it is (in the shard's queue, so nothing changes
   * meanwhile) and says what to change; the change is appended durably to the shard's journal
   * and only then applied. 'unchanged' writes nothing (a refused save).
   */
  appendShard(docId: string, plan: (shard: Readonly<AnnotationShard>) => ShardDelta | 'unchanged'): Promise<AnnotationShard>;
  /** As updateCatalog, for changes a delta cannot say; writes the whole file, journal folded in. 'unchanged' writes nothing. */
  updateShard(docId: string, mutate: (draft: AnnotationShard) => 'unchanged' | undefined): Promise<AnnotationShard>;
  /**
   * A stamp of a document's annotation files as they are on disk, changed by every write: a
   * stamp taken before a read and found equal later vouches that the shard has not changed
   * (unless afterCrash).
   */
  shardStamp(docId: string): Promise<string>;
  /** Deletes a document's annotations, their backup and journal, for documents removed for good. */
  removeShard(docId: string): Promise<void>;
  close(): Promise<void>;
}

/** A pause in saving this long is a quiet moment, in which journals running out of zeros get more. */
const RESERVE_QUIET_MS = 300;

const emptyCatalog = (): Catalog => ({
  schemaVersion: catalogSpec.currentVersion,
  libraryId: randomUUID(),
  createdAt: new Date().toISOString(),
  documents: [],
  collections: [],
  seals: [],
});

/** Opens (or creates) a library folder: lock, recovery, migrations, then the catalog in memory. */
export async function openLibraryStore(root: string, options: OpenStoreOptions = {}): Promise<LibraryStore> {
  const layout = libraryLayout(root);
  if (!options.readOnly) {
    for (const dir of [root, layout.annotations, layout.files, layout.cache, layout.search, layout.backups]) {
      await mkdir(dir, { recursive: true });
    }
    // Journals found from here on have durable names, even one a crashed writer made: a save into one never fsyncs the folder.
    await syncDirectory(layout.annotations);
  }

  const lock = options.readOnly ? null : await acquireLock(layout.lock);
  const readOnly = options.readOnly === true || lock?.acquired === false;
  const lockedBy = lock ? (lock.acquired ? undefined : lock.holder) : await peekLock(layout.lock);
  const recoveries: Recovery[] = [];
  const hooks: AdapterHooks = {
    readOnly,
    onRecovery: (recovery) => {
      recoveries.push(recovery);
      console.warn(`muragat: ${recovery.file}: ${recovery.detail}`);
    },
    beforeMigration: async (file) => {
      await snapshot(file, layout.backups, 'before-migration');
    },
  };

  const queue = new SerialQueue();
  const catalogAdapter = new VersionedJsonAdapter(layout.catalog, options.catalogSpec ?? catalogSpec, hooks);
  const catalogDb = new Low<Catalog>(catalogAdapter, emptyCatalog());
  try {
    const existing = await catalogAdapter.read();
    if (existing) {
      catalogDb.data = existing;
      if (!readOnly) await snapshot(layout.catalog, layout.backups, 'on-open');
    } else if (readOnly) {
      throw new MuragatError('not-found', `There is no Muragat library in ${root} (no library.json).`);
    } else {
      await catalogDb.write();
    }
  } catch (error) {
    if (lock?.acquired) await lock.release();
    throw error;
  }

  const limits = options.journalLimits ?? DEFAULT_JOURNAL_LIMITS;
  const quiet = new QuietWork(RESERVE_QUIET_MS);
  const shards = new Map<string, JournaledShard>();
  const shardKey = (docId: string) => `shard:${docId}`;
  const openJournals = new OpenJournals((docId) => {
    queue.run(shardKey(docId), async () => shards.get(docId)?.close()).catch(() => undefined);
  });
  const loadShard = async (docId: string): Promise<JournaledShard> => {
    let shard = shards.get(docId);
    if (!shard) {
      shard = await JournaledShard.load(docId, layout, hooks);
      shards.set(docId, shard);
    }
    return shard;
  };
  // A shard removed or dropped since is not written back. A failure costs nothing saved: the journal stays as it was.
  const tidy = async (docId: string, shard: JournaledShard, work: () => Promise<void>) => {
    if (shards.get(docId) !== shard) return;
    await work().catch((error: unknown) => console.warn(`muragat: upkeep of the journal of ${docId} failed (it is kept as it is): ${(error as Error).message}`));
  };

  const assertWritable = () => {
    if (readOnly) {
      const who = lockedBy ? ` by Muragat process ${lockedBy.pid} on ${lockedBy.host}` : '';
      throw new MuragatError('read-only', `This library is open read-only${who ? `: it is in use${who}` : ''}; nothing was changed.`);
    }
  };

  const commitCatalog = async (mutate: (draft: Catalog) => void): Promise<Catalog> => {
    const draft = structuredClone(catalogDb.data);
    mutate(draft);
    await catalogAdapter.write(draft);
    catalogDb.data = draft;
    return draft;
  };

  return {
    layout,
    readOnly,
    ...(readOnly ? { readOnlyReason: options.readOnly ? ('requested' as const) : ('locked' as const) } : {}),
    ...(lockedBy ? { lockedBy } : {}),
    recoveries,
    afterCrash: lock?.acquired === true && lock.tookOver,
    catalog: () => catalogDb.data,
    updateCatalog: (mutate) =>
      queue.run('catalog', async () => {
        assertWritable();
        return commitCatalog(mutate);
      }),
    readShard: (docId) => queue.run(shardKey(docId), async () => (await loadShard(docId)).shard),
    shardInMemory: (docId) => shards.get(docId)?.shard,
    appendShard: (docId, plan) =>
      queue.run(shardKey(docId), async () => {
        assertWritable();
        const shard = await loadShard(docId);
        const delta = plan(shard.shard);
        if (delta === 'unchanged') return shard.shard;
        try {
          await shard.append(delta);
        } catch (error) {
          // Should the failed line not have been cut off, the shard is read afresh next time, as after a restart.
          shards.delete(docId);
          openJournals.forget(docId);
          await shard.close().catch(() => undefined);
          throw error;
        }
        openJournals.saved(docId);
        quiet.touch();
        // After this save has answered: only the next save of this document waits for it.
        if (shard.needsCompaction(limits)) void queue.run(shardKey(docId), () => tidy(docId, shard, () => shard.compact()));
        else if (shard.needsReserve) quiet.add(docId, () => void queue.run(shardKey(docId), () => tidy(docId, shard, () => shard.reserve())));
        return shard.shard;
      }),
    updateShard: (docId, mutate) =>
      queue.run(shardKey(docId), async () => {
        assertWritable();
        const shard = await loadShard(docId);
        const draft = structuredClone(shard.shard);
        if (mutate(draft) === 'unchanged') return shard.shard;
        await shard.writeWhole(draft);
        return shard.shard;
      }),
    shardStamp: async (docId) => (await Promise.all([fileStamp(layout.shard(docId)), fileStamp(layout.journal(docId))])).join(' '),
    removeShard: (docId) =>
      queue.run(shardKey(docId), async () => {
        assertWritable();
        await shards.get(docId)?.close();
        shards.delete(docId);
        openJournals.forget(docId);
        for (const file of [layout.journal(docId), layout.shard(docId), backupPathOf(layout.shard(docId))]) await rm(file, { force: true });
      }),
    close: async () => {
      quiet.clear();
      await queue.drain();
      for (const [docId, shard] of shards) {
        await queue.run(shardKey(docId), async () => {
          if (!readOnly) await tidy(docId, shard, () => shard.compact());
          await shard.close();
        });
      }
      shards.clear();
      if (lock?.acquired) await lock.release();
    },
  };
}
