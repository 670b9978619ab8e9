import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { createSearchCalls, type SearchCalls } from '../../../src/main/archive/search/search-calls';
import { SaveRegionsRequest, SearchQuery, type RegionChangeInput } from '../../../src/shared/contract';
import { importOne, openTestArchive } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

const put = (id: string, baseRevision: number, text: string): RegionChangeInput => ({
  op: 'put',
  id,
  baseRevision,
  content: { page: 0, shape: { type: 'rect', x: 1, y: 1, width: 20, height: 20 }, kind: 'text', order: 0, text, status: 'draft' },
});

describe('search: the index saved under search/, loaded when current, rebuilt when not', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let calls: SearchCalls;
  let docIds: string[];
  const library = () => join(dir.path, 'library');
  const searchDir = () => join(library(), 'search');
  const logged: string[] = [];
  const open = async (options: { readOnly?: boolean } = {}) => {
    archive = await openTestArchive(library(), options);
    calls = createSearchCalls({ store: archive.store, events: archive.events }, { log: (m) => logged.push(m), saveDelayMs: 20, minSaveIntervalMs: 0 });
  };
  const reopen = async (options: { readOnly?: boolean } = {}) => {
    await calls.close();
    await archive.close();
    await open(options);
  };
  const total = async (query: string) => (await calls.search(SearchQuery.parse({ query }))).total;
  const save = async (docId: string, changes: RegionChangeInput[]) => {
    const result = await archive.service.saveRegions(SaveRegionsRequest.parse({ docId, author: 'Айгүл', changes }));
    if (!result.ok) throw new Error('the save should have worked');
  };

  beforeEach(async () => {
    dir = await tempDir();
    logged.length = 0;
    await open();
    docIds = [];
    for (const name of ['a', 'b', 'c']) docIds.push(await importOne(archive, await writePng(dir.path, `${name}.png`, 60, 80, name.charCodeAt(0))));
    for (const [n, docId] of docIds.entries()) await save(docId, [put('r-0001', 0, `Алашорда құжаты ${n} Семей`)]);
    expect(await total('Алашорда')).toBe(3);
  });
  afterEach(async () => {
    await calls.close();
    await archive.close();
    await dir.cleanup();
  });

  it('loads the saved index on the next open without indexing any document again', async () => {
    await reopen();
    expect(await total('Алашорда')).toBe(3);
    expect(await total('Alaşorda')).toBe(3);
    expect(calls.index.stats).toMatchObject({ loads: 1, rebuilds: 0, documentsIndexed: 0 });
    const files = (await readdir(searchDir())).filter((f) => !f.endsWith('.bak'));
    expect(files.sort()).toEqual([expect.stringMatching(/^index-[a-z0-9]+\.json$/), 'manifest.json']);
  });

  it('reads no shard on opening when the annotation files are as stamped, and every shard after a crash', async () => {
    await reopen();
    expect(await total('Алашорда')).toBe(3);
    expect(calls.index.stats).toMatchObject({ loads: 1, documentsIndexed: 0, shardsCompared: 0 });
    // A save indexes its regions without a stamp of the files; the next open reads that shard once, then stamps it.
    await save(docIds[0] ?? '', [put('r-0002', 0, 'Семей уезі')]);
    await reopen();
    expect(await total('уезі')).toBe(1);
    expect(calls.index.stats).toMatchObject({ loads: 1, documentsIndexed: 0, shardsCompared: 1 });
    await reopen();
    expect(await total('уезі')).toBe(1);
    expect(calls.index.stats).toMatchObject({ loads: 1, documentsIndexed: 0, shardsCompared: 0 });
    // A writer that died leaves its lock: the times of the files it wrote may be older than their contents.
    await calls.close();
    await archive.close();
    await writeFile(join(library(), 'library.lock'), JSON.stringify({ pid: 999_999_999, host: hostname(), since: new Date().toISOString(), token: 'dead' }));
    await open();
    expect(archive.store.afterCrash).toBe(true);
    expect(await total('Алашорда')).toBe(3);
    expect(calls.index.stats).toMatchObject({ loads: 1, documentsIndexed: 0, shardsCompared: 3 });
  });

  it('saves once, a moment after a run of changes', async () => {
    const saves = calls.index.stats.saves;
    for (const [n, word] of ['бір', 'екі', 'үш'].entries()) await save(docIds[0] ?? '', [put(`r-000${n + 2}`, 0, word)]);
    expect(await total('екі')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls.index.stats.saves).toBe(saves + 1);
  });

  it('saves at most once in the minimum interval, and on close', async () => {
    await calls.close();
    calls = createSearchCalls({ store: archive.store, events: archive.events }, { log: () => undefined, saveDelayMs: 20, minSaveIntervalMs: 60_000 });
    await save(docIds[0] ?? '', [put('r-0002', 0, 'бір')]);
    expect(await total('бір')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls.index.stats.saves).toBe(1);
    await save(docIds[0] ?? '', [put('r-0003', 0, 'екі')]);
    expect(await total('екі')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls.index.stats.saves).toBe(1);
    await calls.close();
    expect(calls.index.stats.saves).toBe(2);
  });

  it('indexes again only the documents that changed while it was not looking', async () => {
    await calls.close();
    // Another service on this library, without search: the saved index does not know of these changes.
    await save(docIds[1] ?? '', [put('r-0001', 1, 'Жаңа мәтін')]);
    await archive.service.trashDocuments({ ids: [docIds[2] ?? ''] });
    await reopen();
    expect(await total('Жаңа')).toBe(1);
    expect(await total('Алашорда')).toBe(1);
    expect(calls.index.stats).toMatchObject({ loads: 1, rebuilds: 0, documentsIndexed: 1 });
  });

  it.each([
    ['missing', async (dir: string) => rm(dir, { recursive: true })],
    ['a garbled manifest', async (dir: string) => writeFile(join(dir, 'manifest.json'), '{"schemaVersion": 1, "docu')],
    ['a manifest of another version', async (dir: string) => writeFile(join(dir, 'manifest.json'), JSON.stringify({ schemaVersion: 99 }))],
    [
      'a manifest made with other text tools',
      async (dir: string) => {
        const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { textTools: string };
        await writeFile(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, textTools: 'older' }));
      },
    ],
    [
      'a garbled index file',
      async (dir: string) => {
        const index = (await readdir(dir)).find((f) => f.startsWith('index-') && f.endsWith('.json')) ?? '';
        await writeFile(join(dir, index), '[1, 2');
      },
    ],
    [
      'an index file of another shape',
      async (dir: string) => {
        const index = (await readdir(dir)).find((f) => f.startsWith('index-') && f.endsWith('.json')) ?? '';
        await writeFile(join(dir, index), JSON.stringify({ documentIds: 'x' }));
      },
    ],
  ])('rebuilds from the library when the saved index is %s', async (_name, damage) => {
    await calls.close();
    await damage(searchDir());
    await reopen();
    expect(await total('Алашорда')).toBe(3);
    expect(calls.index.stats).toMatchObject({ loads: 0, rebuilds: 1, documentsIndexed: 3 });
    expect(logged.at(-1)).toMatch(/^building the index: the saved one is unusable/);
    // And saves the rebuilt one, which the next open loads.
    await reopen();
    expect(await total('Алашорда')).toBe(3);
    expect(calls.index.stats).toMatchObject({ loads: 1, rebuilds: 0, documentsIndexed: 0 });
  });

  it('reads a read-only library’s saved index and never writes to it', async () => {
    await calls.close();
    await save(docIds[0] ?? '', [put('r-0001', 1, 'Өзгерген мәтін')]);
    const before = await readdir(searchDir());
    await reopen({ readOnly: true });
    expect(await total('Өзгерген')).toBe(1);
    await calls.close();
    expect(calls.index.stats).toMatchObject({ loads: 1, documentsIndexed: 1, saves: 0 });
    expect(await readdir(searchDir())).toEqual(before);
  });
});
