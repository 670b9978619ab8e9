import { join } from 'node:path';
import { tempDir } from '../../support/temp-dir';
import { figure, type Figure } from '../report';
import { quantile, timeMs } from '../stats';
import { buildFts5Apart, buildOursApart } from './build-apart';
import { openFts5 } from './fts5-side';
import { openOurs } from './our-side';
import { benchQueries, type BenchQuery, type QueryKind } from './queries';
import { DOCUMENTS, WORDS, searchCorpus, writeLibrary, type SearchCorpus } from './search-corpus';
import type { Fts5Reader } from './fts5-side';
import type { OurReader } from './our-side';

/** Queries of each kind run untimed first, so neither side is timed while its code is being compiled. */
const WARM_UP = 20;
const MB = 2 ** 20;

const KINDS: Record<QueryKind, { name: string; baseline: string }> = {
  word: { name: 'single word, Cyrillic', baseline: 'FTS5, the word' },
  prefix: { name: 'prefix of 3–4 letters', baseline: 'FTS5, "prefix"*' },
  latin: { name: 'cross-script: Latin 2021', baseline: 'FTS5 given the Cyrillic word (it cannot transliterate)' },
  tote: { name: 'cross-script: төте жазу', baseline: 'FTS5 given the Cyrillic word (it cannot transliterate)' },
};

/** What `run` returns, its time handed to `took`: opening FTS5 is timed with its first query, and the reader kept. */
function timed<T>(took: (ms: number) => void, run: () => T): T {
  const start = process.hrtime.bigint();
  const value = run();
  took(Number(process.hrtime.bigint() - start) / 1e6);
  return value;
}

interface Latencies {
  ours: number[];
  theirs: number[];
}

/**
 * Each query timed on our side then on FTS5's, one after the other. Ours must find something
 * wherever FTS5 does (it finds the Cyrillic word, and more): otherwise it is not the same search.
 */
async function timeQueries(queries: readonly BenchQuery[], ours: (q: string) => Promise<number>, theirs: (q: string) => number): Promise<Latencies> {
  const times: Latencies = { ours: [], theirs: [] };
  for (const [i, query] of queries.entries()) {
    let found = 0;
    let theirFound = 0;
    const ourMs = await timeMs(async () => (found = await ours(query.ours)));
    const theirMs = await timeMs(async () => (theirFound = theirs(query.fts5)));
    if (found === 0 && theirFound > 0) throw new Error(`search benchmark: FTS5 finds ${query.fts5} but ours finds nothing for ${query.ours}`);
    if (i < WARM_UP) continue;
    times.ours.push(ourMs);
    times.theirs.push(theirMs);
  }
  return times;
}

const UPDATES = 60;

/**
 * One region of every 17th document saved with a word more, as an archivist's save would
 * change it: our index takes it in (the old entry's postings dropped, the new one's added),
 * FTS5 updates the row. The first few are not timed.
 */
async function timeUpdates(corpus: SearchCorpus, ours: OurReader, theirs: Fts5Reader): Promise<Latencies> {
  const firstRow: number[] = [];
  corpus.regions.reduce((row, regions) => (firstRow.push(row), row + regions.length), 1);
  const times: Latencies = { ours: [], theirs: [] };
  for (let n = 0; n < UPDATES + WARM_UP / 2; n++) {
    const at = (n * 17) % DOCUMENTS;
    const doc = corpus.documents[at];
    const which = n % (corpus.regions[at]?.length ?? 1);
    const region = corpus.regions[at]?.[which];
    if (!doc || !region) throw new Error('search benchmark: the corpus has fewer documents than its updates');
    const text = `${region.text} жаңа сөз ${n}`;
    const ourMs = await ours.update(doc.id, region.id, text);
    const theirMs = theirs.update((firstRow[at] ?? 1) + which, text);
    if (n < WARM_UP / 2) continue;
    times.ours.push(ourMs);
    times.theirs.push(theirMs);
  }
  return times;
}

/**
 * Search over 1,000,000 words of Kazakh in the regions of 1,000 documents (half the text in
 * *төте жазу*): our index (FlexSearch, every word under its Cyrillic keys) built (each side in
 * a process of its own, for its memory), saved, loaded from disk, queried and updated, against SQLite FTS5 over the same regions in the same run.
 */
export async function searchFigures(): Promise<Figure[]> {
  const corpus = searchCorpus();
  const queries = benchQueries();
  const first = queries.word[0]?.ours ?? 'алаш';
  const dir = await tempDir('muragat-bench-search-');
  try {
    const root = await writeLibrary(dir.path, corpus);
    const file = join(dir.path, 'regions.sqlite');
    const fts5 = await buildFts5Apart(file);
    const ours = await buildOursApart(root, first);

    let fts5OpenMs = 0;
    const fts5Reader = timed((ms) => (fts5OpenMs = ms), () => {
      const reader = openFts5(file);
      reader.query(`"${first}"`);
      return reader;
    });
    const opened = await openOurs(root, first);

    const latencies = new Map<QueryKind, Latencies>();
    for (const kind of Object.keys(KINDS) as QueryKind[]) latencies.set(kind, await timeQueries(queries[kind], (q) => opened.reader.query(q), (q) => fts5Reader.query(q)));
    const updates = await timeUpdates(corpus, opened.reader, fts5Reader);
    fts5Reader.close();
    await opened.reader.close();

    const what = `${WORDS.toLocaleString('en')} words, ${DOCUMENTS.toLocaleString('en')} documents`;
    const fts5Name = 'SQLite FTS5 (better-sqlite3, unicode61 remove_diacritics 2)';
    return [
      figure(`search index build (${what})`, 'ms', ours.ms, { name: `${fts5Name}, one transaction + optimize`, value: fts5.ms }),
      figure('search index memory after build (RSS growth, after GC)', 'MB', ours.memory.rss, { name: 'FTS5: RSS growth, database open', value: fts5.memory.rss }),
      figure('search index memory after build (JS heap growth, after GC)', 'MB', ours.memory.heap),
      figure('search index on disk', 'MB', ours.bytes / MB, { name: 'FTS5 database file', value: fts5.bytes / MB }),
      figure('search index load from disk (fresh index, first query)', 'ms', opened.ms, { name: 'FTS5: open + first query', value: fts5OpenMs }),
      figure('search index load from disk, against the target', 'ms', opened.ms, { name: 'target: under 1 s', value: 1000, target: 1 }),
      figure('search index load until every shard is read in the background (hits are shown from them)', 'ms', opened.warmMs),
      ...[...latencies].flatMap(([kind, times]) => [
        figure(`search p50, ${KINDS[kind].name}`, 'ms', quantile(times.ours, 0.5), { name: KINDS[kind].baseline, value: quantile(times.theirs, 0.5) }),
        figure(`search p95, ${KINDS[kind].name}`, 'ms', quantile(times.ours, 0.95), { name: KINDS[kind].baseline, value: quantile(times.theirs, 0.95), target: 1 }),
      ]),
      figure('search index update after one region is saved, p50 (in memory; the index file is written later)', 'ms', quantile(updates.ours, 0.5), { name: 'FTS5: UPDATE of the row, committed, synchronous OFF', value: quantile(updates.theirs, 0.5) }),
      figure('search index update after one region is saved, p95', 'ms', quantile(updates.ours, 0.95), { name: 'FTS5: UPDATE of the row, committed, synchronous OFF', value: quantile(updates.theirs, 0.95) }),
    ];
  } finally {
    await dir.cleanup();
  }
}
