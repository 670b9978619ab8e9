import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { createSearchCalls, type SearchCalls } from '../../../src/main/archive/search/search-calls';
import { dispatch } from '../../../src/main/archive/service/dispatch';
import { SaveRegionsRequest, SearchResult, type ArchiveService } from '../../../src/shared/contract';
import { importOne, openTestArchive } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

const LOCAL = { local: true, mayWrite: true };

describe('search: bad input answers quickly, never with an exception', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let calls: SearchCalls;
  let service: ArchiveService;
  const call = (args: unknown) => dispatch(service, 'search', args, LOCAL);
  /** The answer to a query the contract accepts, and how long it took. */
  const answer = async (query: string) => {
    const started = performance.now();
    const envelope = await call({ query });
    if (!envelope.ok) throw new Error(`the search failed: ${JSON.stringify(envelope.error)}`);
    return { result: SearchResult.parse(envelope.value), ms: performance.now() - started };
  };

  beforeAll(async () => {
    dir = await tempDir();
    archive = await openTestArchive(join(dir.path, 'library'));
    calls = createSearchCalls({ store: archive.store, events: archive.events }, { log: () => undefined });
    service = { ...archive.service, search: calls.search };
    const docId = await importOne(archive, await writePng(dir.path, 'page.png', 60, 80));
    const changes = Array.from({ length: 50 }, (_, n) => ({
      op: 'put' as const,
      id: `r-${String(n).padStart(4, '0')}`,
      baseRevision: 0,
      content: { page: 0, shape: { type: 'rect' as const, x: 1, y: 1, width: 9, height: 9 }, kind: 'text' as const, order: n, text: `Алашорда (1918) ${n}-бөлім: a.b*c [x]`, status: 'draft' as const },
    }));
    const saved = await archive.service.saveRegions(SaveRegionsRequest.parse({ docId, author: 'A', changes }));
    expect(saved.ok).toBe(true);
    // The index is built once, before the timings.
    expect((await answer('Алашорда')).result.total).toBe(50);
  });
  afterAll(async () => {
    await calls.close();
    await archive.close();
    await dir.cleanup();
  });

  it.each([
    ['empty', ''],
    ['spaces', ' \t\n '],
    ['only punctuation', '!!! ... ??? — «» ,;:'],
    ['regex characters', '.*+?[](){}|\\^$'],
    ['a regex', '^Ала.*да$'],
    ['a lone combining mark', '\u0301\u064B'],
    ['invisible characters', '\u200B\u200D\uFEFF'],
  ])('finds nothing for %s', async (_name, query) => {
    const { result, ms } = await answer(query);
    expect(result).toEqual({ total: 0, groups: [] });
    expect(ms).toBeLessThan(1000);
  });

  it('finds the words among the punctuation of a pathological query', async () => {
    expect((await answer('(Алашорда)*?')).result.total).toBe(50);
    expect((await answer('[x]')).result.total).toBe(50);
  });

  it('finds one word written in three scripts at once', async () => {
    expect((await answer('Алашорда Alaşorda الاشوردا')).result.total).toBe(50);
    expect((await answer('AлашOрда')).result.total).toBe(50);
  });

  it('answers a 10 kB query by its first 50 words, quickly', async () => {
    const words = Array.from({ length: 2000 }, (_, n) => `сөз${n}`).join(' ').slice(0, 10_000);
    const { result, ms } = await answer(words);
    expect(result.total).toBe(0);
    expect(ms).toBeLessThan(3000);
    const repeated = await answer(`Алашорда ${'Алашорда '.repeat(1100)}`.slice(0, 10_000));
    expect(repeated.result.total).toBe(50);
  });

  it('refuses arguments outside the contract with a clear error', async () => {
    for (const args of [
      { query: 'x'.repeat(10_001) },
      { query: 42 },
      {},
      { query: 'a', limit: 0 },
      { query: 'a', limit: 1001 },
      { query: 'a', filters: { yearFrom: 1920, yearTo: 1917 } },
      { query: 'a', filters: { status: 'finished' } },
      { query: 'a', filters: { unknown: 1 } },
      { query: 'a', docId: '../etc' },
    ]) {
      expect(await call(args), JSON.stringify(args).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
  });
});
