import { join } from 'node:path';
import Database from 'better-sqlite3';
import { saveRegions } from '../../src/main/archive/library/regions';
import { openLibraryStore } from '../../src/main/archive/store/library-store';
import { SaveRegionsRequest } from '../../src/shared/contract';
import type { Region } from '../../src/shared/domain/annotations';
import { contentOf } from '../../src/shared/domain/region-content';
import { tempDir } from '../support/temp-dir';
import { AUTHOR, benchDocument, benchRegion, random, seedText } from './kazakh-corpus';
import { figure, type Figure } from './report';
import { quantile, timeMs } from './stats';

const DOCUMENTS = 1_000;
const REGIONS_PER_DOCUMENT = 100;
const SAVES = 300;
/** Saves before the timed ones, so neither side is timed while its code is still being compiled. */
const WARM_UP = 20;
const SQLITE_SCHEMA = `
  CREATE TABLE regions (doc_id TEXT NOT NULL, id TEXT NOT NULL, page INTEGER NOT NULL, revision INTEGER NOT NULL,
    author TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, comments TEXT NOT NULL, content TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)) WITHOUT ROWID;
  CREATE TABLE region_history (doc_id TEXT NOT NULL, region_id TEXT NOT NULL, revision INTEGER NOT NULL, author TEXT,
    at TEXT NOT NULL, content TEXT NOT NULL, PRIMARY KEY (doc_id, region_id, revision)) WITHOUT ROWID;`;

interface RegionRow {
  revision: number;
  author: string | null;
  updated_at: string;
  content: string;
}

/** The same library in SQLite, and a save doing what ours does: read the revision, check it, keep the previous revision, update the row; one transaction, durable. */
function sqliteLibrary(file: string, library: readonly Region[][]) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SQLITE_SCHEMA);
  const insert = db.prepare('INSERT INTO regions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    library.forEach((regions, n) => {
      for (const r of regions) insert.run(benchDocument(n).id, r.id, r.page, r.revision, r.author, r.createdAt, r.updatedAt, JSON.stringify(r.comments), JSON.stringify(contentOf(r)));
    });
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');

  const select = db.prepare<[string, string], RegionRow>('SELECT revision, author, updated_at, content FROM regions WHERE doc_id = ? AND id = ?');
  const keep = db.prepare('INSERT INTO region_history VALUES (?, ?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE regions SET content = ?, revision = ?, author = ?, updated_at = ? WHERE doc_id = ? AND id = ?');
  const save = db.transaction((docId: string, id: string, baseRevision: number, content: string, at: string): boolean => {
    const row = select.get(docId, id);
    if (row?.revision !== baseRevision) return false;
    keep.run(docId, id, row.revision, row.author, row.updated_at, row.content);
    update.run(content, baseRevision + 1, AUTHOR, at, docId, id);
    return true;
  });
  return { save, close: () => db.close() };
}

/** Builds the same library twice: our folder (through the store, for speed) and SQLite's file. */
async function buildLibraries(dir: string) {
  const seed = seedText();
  const next = random(1918);
  const library = Array.from({ length: DOCUMENTS }, () => Array.from({ length: REGIONS_PER_DOCUMENT }, (_, n) => benchRegion(seed, n, next)));
  const root = join(dir, 'library');
  const store = await openLibraryStore(root);
  await store.updateCatalog((catalog) => {
    catalog.documents = library.map((_, n) => benchDocument(n));
  });
  for (const [n, regions] of library.entries()) {
    await store.updateShard(benchDocument(n).id, (shard) => {
      shard.regions = regions;
    });
  }
  await store.close();
  return { root, sqlite: sqliteLibrary(join(dir, 'regions.sqlite'), library) };
}

/**
 * Saving one region's edited text in a library of 1,000 documents holding 100,000 regions,
 * through the engine (contract parse, validation, conflict check, history, durable write of the
 * document's annotation file) against better-sqlite3 doing the same durable update (WAL,
 * synchronous FULL) on the same regions, interleaved save by save in the same run and folder.
 */
export async function annotationSaveFigures(): Promise<Figure[]> {
  const dir = await tempDir('muragat-bench-');
  try {
    const { root, sqlite } = await buildLibraries(dir.path);
    const store = await openLibraryStore(root);
    const pick = random(2026);
    const edits = Array.from({ length: WARM_UP + SAVES }, () => ({ docId: benchDocument(Math.floor(pick() * DOCUMENTS)).id, index: Math.floor(pick() * REGIONS_PER_DOCUMENT) }));
    // The documents are open in an editor: their regions were read (getAnnotations) before anyone typed.
    for (const { docId } of edits) await store.readShard(docId);

    const ours: number[] = [];
    const theirs: number[] = [];
    for (const [i, { docId, index }] of edits.entries()) {
      const region = (await store.readShard(docId)).regions[index];
      if (!region) throw new Error(`no region ${index} in ${docId}`);
      const content = { ...contentOf(region), text: `${region.text} түз. ${i}` };
      const request = { docId, author: AUTHOR, changes: [{ op: 'put', id: region.id, baseRevision: region.revision, content }] };
      const ourMs = await timeMs(async () => {
        const result = await saveRegions(store, SaveRegionsRequest.parse(request));
        if (!result.ok) throw new Error(`the benchmark's save of ${region.id} conflicted`);
      });
      const theirMs = await timeMs(async () => {
        if (!sqlite.save(docId, region.id, region.revision, JSON.stringify(content), new Date().toISOString())) throw new Error(`SQLite's save of ${region.id} conflicted`);
      });
      if (i < WARM_UP) continue;
      ours.push(ourMs);
      theirs.push(theirMs);
    }
    await store.close();
    sqlite.close();

    const what = `${DOCUMENTS.toLocaleString('en')} documents, ${(DOCUMENTS * REGIONS_PER_DOCUMENT).toLocaleString('en')} regions, durable`;
    const baseline = 'better-sqlite3 (WAL, synchronous FULL)';
    return [
      figure(`annotation save p50 (${what})`, 'ms', quantile(ours, 0.5), { name: baseline, value: quantile(theirs, 0.5) }),
      figure(`annotation save p95 (${what})`, 'ms', quantile(ours, 0.95), { name: baseline, value: quantile(theirs, 0.95), target: 1 }),
    ];
  } finally {
    await dir.cleanup();
  }
}
