import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { openLibraryStore } from '../../src/main/archive/store/library-store';
import type { AnnotationShard } from '../../src/shared/domain/annotations';
import type { Catalog } from '../../src/shared/domain/catalog';
import type { ArchiveDocument } from '../../src/shared/domain/document';
import { sampleRegion } from '../support/library';
import { tempDir } from '../support/temp-dir';
import { figure, type Figure } from './report';
import { quantile, timeMs } from './stats';

const SAVES = 200;
const REGIONS_PER_SHARD = 500;
const DOCUMENTS = 10_000;

/**
 * What durability costs: saving one document's annotations through our store (temp → fsync →
 * rename → fsync folder, .bak kept) against lowdb's stock JSONFile adapter (steno: temp →
 * rename, no fsync) saving the same shard, in the same run.
 */
export async function shardSaveFigures(): Promise<Figure[]> {
  const dir = await tempDir('muragat-bench-');
  try {
    const store = await openLibraryStore(join(dir.path, 'ours'));
    const regions = Array.from({ length: REGIONS_PER_SHARD }, (_, n) => sampleRegion(n));
    await store.updateShard('bench-doc', (s) => {
      s.regions = regions;
    });
    const ours: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      ours.push(
        await timeMs(() =>
          store.updateShard('bench-doc', (s) => {
            const region = s.regions[i % REGIONS_PER_SHARD];
            if (region) region.text = `${region.text} ${i}`;
          }),
        ),
      );
    }
    await store.close();

    const stock = new Low<AnnotationShard>(new JSONFile(join(dir.path, 'stock.json')), { schemaVersion: 1, docId: 'bench-doc', regions, history: {} });
    await stock.write();
    const theirs: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      theirs.push(
        await timeMs(() =>
          stock.update((s) => {
            const region = s.regions[i % REGIONS_PER_SHARD];
            if (region) region.text = `${region.text} ${i}`;
          }),
        ),
      );
    }
    const baseline = 'lowdb JSONFile (no fsync)';
    return [
      figure(`shard save p50 (${REGIONS_PER_SHARD} regions, durable)`, 'ms', quantile(ours, 0.5), { name: baseline, value: quantile(theirs, 0.5) }),
      figure(`shard save p95 (${REGIONS_PER_SHARD} regions, durable)`, 'ms', quantile(ours, 0.95), { name: baseline, value: quantile(theirs, 0.95) }),
    ];
  } finally {
    await dir.cleanup();
  }
}

/**
 * Opening a library of 10,000 documents (lock, read, schema validation, snapshot) against
 * reading and parsing the same library.json, in the same run.
 */
export async function libraryOpenFigures(): Promise<Figure[]> {
  const dir = await tempDir('muragat-bench-');
  try {
    const root = join(dir.path, 'big');
    const store = await openLibraryStore(root);
    await store.updateCatalog((catalog: Catalog) => {
      catalog.documents = Array.from({ length: DOCUMENTS }, (_, n) => syntheticDocument(n));
    });
    await store.close();

    const ours: number[] = [];
    const parse: number[] = [];
    for (let i = 0; i < 5; i++) {
      ours.push(
        await timeMs(async () => {
          const opened = await openLibraryStore(root);
          await opened.close();
        }),
      );
      parse.push(await timeMs(async () => JSON.parse(readFileSync(join(root, 'library.json'), 'utf8')) as unknown));
    }
    return [figure(`library open (${DOCUMENTS} documents)`, 'ms', quantile(ours, 0.5), { name: 'JSON.parse of library.json', value: quantile(parse, 0.5) })];
  } finally {
    await dir.cleanup();
  }
}

function syntheticDocument(n: number): ArchiveDocument {
  const now = new Date(Date.UTC(2026, 0, 1)).toISOString();
  return {
    id: `doc-${String(n).padStart(6, '0')}`,
    kind: 'newspaper-issue',
    title: `«Қазақ», № ${n}`,
    sources: [{ sha256: n.toString(16).padStart(64, '0'), format: 'pdf', originalName: `kazakh-${n}.pdf`, size: 1_000_000, pageCount: 4 }],
    pages: Array.from({ length: 4 }, (_, p) => ({ source: 0, sourcePage: p + 1, width: 7200, height: 9600 })),
    metadata: { publication: 'Қазақ', place: 'Орынбор', issueNumber: n + 1, isoDate: '1917-01-01', language: 'kk', script: 'Arab' },
    collections: [],
    tags: ['Алаш'],
    importedAt: now,
    updatedAt: now,
  };
}
