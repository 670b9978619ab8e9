import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SearchIndex } from '../../../src/main/archive/search/search-index';
import { openLibraryStore, type LibraryStore } from '../../../src/main/archive/store/library-store';
import { SearchQuery } from '../../../src/shared/contract';
import { timeMs } from '../stats';
import { growth, memoryNow, type MemoryUse } from './memory';
import { RESULT_LIMIT } from './fts5-side';

export interface OurBuild {
  ms: number;
  memory: MemoryUse;
  /** The saved index file(s) under search/. */
  bytes: number;
}

export interface OurReader {
  /** How many hits the answer shows. */
  query(text: string): Promise<number>;
  /** Saves a region's new text (not timed) and answers how long the index took to take it in. */
  update(docId: string, regionId: string, text: string): Promise<number>;
  close(): Promise<void>;
}

const ask = (index: SearchIndex, text: string) => index.search(SearchQuery.parse({ query: text, limit: RESULT_LIMIT }));

/** The engine's index as the app makes it; its log is kept to explain a failed check. */
function searchIndex(store: LibraryStore): { index: SearchIndex; log: string[] } {
  const log: string[] = [];
  return { index: new SearchIndex(store, { saveDelayMs: 3_600_000, log: (message) => log.push(message) }), log };
}

function check(ok: boolean, what: string, log: readonly string[]): void {
  if (!ok) throw new Error(`search benchmark: ${what}; the index said: ${log.join(' | ') || 'nothing'}`);
}

async function savedBytes(dir: string): Promise<number> {
  const files = (await readdir(dir)).filter((file) => file.startsWith('index-'));
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(dir, file))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/**
 * Builds the index of a library that has none (the first query makes it), then saves it on
 * close. The shards are read first: the store keeps them in memory anyway, and the growth
 * measured is then the index's own.
 */
export async function buildOurs(root: string, firstQuery: string): Promise<OurBuild> {
  const store = await openLibraryStore(root);
  for (const doc of store.catalog().documents) await store.readShard(doc.id);
  const before = memoryNow();
  const { index, log } = searchIndex(store);
  const ms = await timeMs(() => ask(index, firstQuery));
  const memory = growth(before, memoryNow());
  check(index.stats.rebuilds === 1 && index.stats.documentsIndexed === store.catalog().documents.length, 'the build did not index every document', log);
  await index.close();
  check(index.stats.saves === 1, 'the index was not saved', log);
  await store.close();
  return { ms, memory, bytes: await savedBytes(join(root, 'search')) };
}

/**
 * A fresh index over the library as the app opens it (the store is open already, so its time is
 * not counted): the first query loads the saved index and checks every document's description
 * and the stamps of its annotation files. Queries are then timed once the shards the hits are
 * shown from have been read in the background (`warmMs`, from the start of the load).
 */
export async function openOurs(root: string, firstQuery: string): Promise<{ ms: number; warmMs: number; reader: OurReader }> {
  const store = await openLibraryStore(root);
  const { index, log } = searchIndex(store);
  const start = performance.now();
  const ms = await timeMs(() => ask(index, firstQuery));
  await index.warm();
  const warmMs = performance.now() - start;
  check(index.stats.loads === 1 && index.stats.documentsIndexed === 0, 'the saved index was not loaded as it was', log);
  check(index.stats.shardsCompared === 0, 'opening read shards whose files were as stamped', log);
  return {
    ms,
    warmMs,
    reader: {
      query: async (text) => (await ask(index, text)).groups.reduce((sum, group) => sum + group.hits.length, 0),
      update: async (docId, regionId, text) => {
        await store.updateShard(docId, (shard) => {
          const region = shard.regions.find((r) => r.id === regionId);
          if (!region) throw new Error(`search benchmark: no region ${regionId} in ${docId}`);
          region.text = text;
          return undefined;
        });
        return timeMs(async () => {
          index.noteRegions(docId, [regionId]);
          await index.settled();
        });
      },
      close: async () => {
        await index.close();
        await store.close();
      },
    },
  };
}
