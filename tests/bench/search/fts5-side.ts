import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { timeMs } from '../stats';
import { growth, memoryNow, type MemoryUse } from './memory';
import type { SearchCorpus } from './search-corpus';

export const RESULT_LIMIT = 200;

/** SQLite's own full-text engine as it comes: the text indexed as it is, Unicode case and diacritics folded. */
const SCHEMA = `CREATE VIRTUAL TABLE regions USING fts5(doc UNINDEXED, region UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')`;

/** The best hits with a snippet each, as ours answers: the same limit, ranked by bm25. */
const QUERY = `SELECT doc, region, snippet(regions, 2, '', '', '…', 16) AS snippet FROM regions WHERE regions MATCH ? ORDER BY rank LIMIT ${RESULT_LIMIT}`;

export interface Fts5Build {
  ms: number;
  /** Resident growth over the build with the database still open: SQLite's memory is outside the JS heap. */
  memory: MemoryUse;
  bytes: number;
}

/** Every region as a row, in one transaction, then merged into one b-tree ('optimize') as a finished index would be. */
export async function buildFts5(file: string, corpus: SearchCorpus): Promise<Fts5Build> {
  const before = memoryNow();
  let db: Database.Database | undefined;
  const ms = await timeMs(async () => {
    db = new Database(file);
    db.exec(SCHEMA);
    const insert = db.prepare('INSERT INTO regions (doc, region, text) VALUES (?, ?, ?)');
    db.transaction(() => {
      corpus.documents.forEach((doc, n) => {
        for (const region of corpus.regions[n] ?? []) insert.run(doc.id, region.id, region.text);
      });
    })();
    db.exec(`INSERT INTO regions (regions) VALUES ('optimize')`);
  });
  const memory = growth(before, memoryNow());
  db?.close();
  return { ms, memory, bytes: statSync(file).size };
}

export interface Fts5Reader {
  query(match: string): number;
  /** Replaces the text of the row'th region (1-based, in the order of the build) and answers how long it took. */
  update(row: number, text: string): number;
  close(): void;
}

/**
 * Opens the database from disk; `query` answers how many hits it gave. Updates commit without
 * waiting for the disk (synchronous OFF): our index takes a save in memory and writes itself later.
 */
export function openFts5(file: string): Fts5Reader {
  const db = new Database(file);
  db.pragma('synchronous = OFF');
  const select = db.prepare<[string], { doc: string; region: string; snippet: string }>(QUERY);
  const change = db.prepare<[string, number]>('UPDATE regions SET text = ? WHERE rowid = ?');
  return {
    query: (match) => select.all(match).length,
    update: (row, text) => {
      const start = process.hrtime.bigint();
      if (change.run(text, row).changes !== 1) throw new Error(`search benchmark: FTS5 has no row ${row}`);
      return Number(process.hrtime.bigint() - start) / 1e6;
    },
    close: () => db.close(),
  };
}
