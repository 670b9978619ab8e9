import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { AnnotationShard } from '../../../shared/domain/annotations';
import type { Catalog } from '../../../shared/domain/catalog';
import { MuragatError } from '../../../shared/rpc/errors';
import { snapshot } from './backups';
import { backupPathOf } from './durable-write';
import { libraryLayout, type LibraryLayout } from './layout';
import { acquireLock, peekLock, type LockHolder } from './lock';
import { catalogSpec, shardSpec } from './schema-versions';
import { SerialQueue } from './serial-queue';
import { VersionedJsonAdapter, type AdapterHooks, type Recovery, type VersionedSpec } from './versioned-json';

export interface OpenStoreOptions {
  /** Open without taking the lock and without writing anything. */
  readOnly?: boolean;
  /** Test seam: replaces the catalog's schema spec to exercise migrations. */
  catalogSpec?: VersionedSpec<Catalog>;
}

export interface LibraryStore {
  readonly layout: LibraryLayout;
  readonly readOnly: boolean;
  readonly readOnlyReason?: 'locked' | 'requested';
  readonly lockedBy?: LockHolder;
  readonly recoveries: readonly Recovery[];
  catalog(): Readonly<Catalog>;
  /** Applies `mutate` to a copy, writes it durably, and only then makes it current. */
  updateCatalog(mutate: (draft: Catalog) => void): Promise<Catalog>;
  readShard(docId: string): Promise<AnnotationShard>;
  /** As updateCatalog; a mutation that returns 'unchanged' writes nothing (a refused save). */
  updateShard(docId: string, mutate: (draft: AnnotationShard) => void | 'unchanged'): Promise<AnnotationShard>;
  /** Deletes a document's annotations and their backup, for documents removed for good. */
  removeShard(docId: string): Promise<void>;
  close(): Promise<void>;
}

const emptyCatalog = (): Catalog => ({
  schemaVersion: catalogSpec.currentVersion,
  libraryId: randomUUID(),
  createdAt: new Date().toISOString(),
  documents: [],
  collections: [],
  seals: [],
});

const emptyShard = (docId: string): AnnotationShard => ({
  schemaVersion: shardSpec.currentVersion,
  docId,
  regions: [],
  history: {},
});

/** Opens (or creates) a library folder: lock, recovery, migrations, then the catalog in memory. */
export async function openLibraryStore(root: string, options: OpenStoreOptions = {}): Promise<LibraryStore> {
  const layout = libraryLayout(root);
  if (!options.readOnly) {
    for (const dir of [root, layout.annotations, layout.files, layout.cache, layout.search, layout.backups]) {
      await mkdir(dir, { recursive: true });
    }
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

  const shards = new Map<string, Low<AnnotationShard>>();
  const shardDb = async (docId: string): Promise<Low<AnnotationShard>> => {
    let db = shards.get(docId);
    if (!db) {
      db = new Low(new VersionedJsonAdapter(layout.shard(docId), shardSpec, hooks), emptyShard(docId));
      await db.read();
      if (db.data.docId !== docId) {
        throw new MuragatError('corrupt', `${layout.shard(docId)} belongs to document ${db.data.docId}, not ${docId}`);
      }
      shards.set(docId, db);
    }
    return db;
  };

  const assertWritable = () => {
    if (readOnly) {
      const who = lockedBy ? ` by Muragat process ${lockedBy.pid} on ${lockedBy.host}` : '';
      throw new MuragatError('read-only', `This library is open read-only${who ? `: it is in use${who}` : ''}; nothing was changed.`);
    }
  };

  const commit = async <T>(db: Low<T>, mutate: (draft: T) => void | 'unchanged'): Promise<T> => {
    const draft = structuredClone(db.data);
    if (mutate(draft) === 'unchanged') return db.data;
    await db.adapter.write(draft);
    db.data = draft;
    return draft;
  };

  return {
    layout,
    readOnly,
    ...(readOnly ? { readOnlyReason: options.readOnly ? ('requested' as const) : ('locked' as const) } : {}),
    ...(lockedBy ? { lockedBy } : {}),
    recoveries,
    catalog: () => catalogDb.data,
    updateCatalog: (mutate) =>
      queue.run('catalog', async () => {
        assertWritable();
        return commit(catalogDb, mutate);
      }),
    readShard: (docId) => queue.run(`shard:${docId}`, async () => (await shardDb(docId)).data),
    updateShard: (docId, mutate) =>
      queue.run(`shard:${docId}`, async () => {
        assertWritable();
        return commit(await shardDb(docId), mutate);
      }),
    removeShard: (docId) =>
      queue.run(`shard:${docId}`, async () => {
        assertWritable();
        shards.delete(docId);
        await rm(layout.shard(docId), { force: true });
        await rm(backupPathOf(layout.shard(docId)), { force: true });
      }),
    close: async () => {
      await queue.drain();
      if (lock?.acquired) await lock.release();
    },
  };
}
