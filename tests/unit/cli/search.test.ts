import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaveRegionsRequest } from '../../../src/shared/contract';
import { importOne, openTestArchive } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { cli } from '../../support/cli';
import { tempDir } from '../../support/temp-dir';

describe('muragat search', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let library: string;
  let docId: string;

  beforeEach(async () => {
    dir = await tempDir();
    library = join(dir.path, 'library');
    const archive = await openTestArchive(library);
    try {
      docId = await importOne(archive, await writePng(dir.path, 'Sarыarqa.png', 60, 80));
      const saved = await archive.service.saveRegions(
        SaveRegionsRequest.parse({
          docId,
          author: 'Айгүл',
          changes: [{ op: 'put', id: 'r-0001', baseRevision: 0, content: { page: 0, shape: { type: 'rect', x: 1, y: 1, width: 9, height: 9 }, kind: 'text', order: 0, text: 'Алашорда үкіметі', status: 'draft' } }],
        }),
      );
      expect(saved.ok).toBe(true);
    } finally {
      await archive.close();
    }
  });
  afterEach(() => dir.cleanup());

  it('prints each hit with docId, page, regionId, field and snippet as JSON', async () => {
    const run = await cli(['search', '--library', library, '--json', 'Alaşorda']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ total: 1, hits: [{ docId, page: 0, regionId: 'r-0001', field: 'text', snippet: 'Алашорда үкіметі' }] });
    const title = JSON.parse((await cli(['search', '--library', library, '--json', 'Sarыarqa'])).stdout) as { hits: object[] };
    expect(title.hits).toEqual([{ docId, page: 0, field: 'metadata', snippet: 'Sarыarqa' }]);
  });

  it('prints hits grouped by document for a reader, and exits 0 when nothing is found', async () => {
    const run = await cli(['search', '--library', library, 'الاشوردا']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([`Sarыarqa  (${docId})`, '  p. 1     text      r-0001', '      Алашорда үкіметі']);
    const none = await cli(['search', '--library', library, '--json', 'жоқ']);
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual({ total: 0, hits: [] });
    expect((await cli(['search', '--library', library, '.*'])).stdout).toBe('Nothing found.');
  });

  it('matches letters whatever their diacritics with --ignore-diacritics', async () => {
    const archive = await openTestArchive(library);
    try {
      const content = { page: 0, shape: { type: 'rect' as const, x: 1, y: 1, width: 9, height: 9 }, kind: 'text' as const, order: 1, text: 'Укимет', status: 'draft' as const };
      expect((await archive.service.saveRegions(SaveRegionsRequest.parse({ docId, author: 'Айгүл', changes: [{ op: 'put', id: 'r-0002', baseRevision: 0, content }] }))).ok).toBe(true);
    } finally {
      await archive.close();
    }
    const snippets = async (...args: string[]) => (JSON.parse((await cli(['search', '--library', library, '--json', ...args])).stdout) as { hits: { snippet: string }[] }).hits.map((hit) => hit.snippet).sort();
    expect(await snippets('укимет')).toEqual(['Укимет']);
    expect(await snippets('--ignore-diacritics', 'укимет')).toEqual(['Алашорда үкіметі', 'Укимет']);
  });

  it('refuses bad arguments with a message and a non-zero exit', async () => {
    const missing = await cli(['search', '--library', library]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing required argument 'query'/);
    const limit = await cli(['search', '--library', library, '--limit', '0', 'Алаш']);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toMatch(/a limit is a number from 1 to 1000/);
    const long = await cli(['search', '--library', library, 'x'.repeat(10_001)]);
    expect(long.code).toBe(1);
    expect(long.stderr).toMatch(/invalid-argument.*at most 10,000 characters/s);
    const nowhere = await cli(['search', '--library', join(dir.path, 'none'), 'Алаш']);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toMatch(/not-found/);
  });
});
