import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { openArchive } from '../../../src/main/archive/archive';
import { workerPreparer } from '../../../src/main/archive/library/import/worker-preparer';
import { corpusFile } from '../../support/corpus';
import { importRequest, listTree, openTestArchive, TEST_IMPORT_WORKER, TEST_VERSION } from '../../support/library';
import { writePdf, writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

describe('cancelling an import, and stopping a file that never finishes', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let scans: string;
  let archive: Archive | undefined;

  beforeEach(async () => {
    dir = await tempDir();
    scans = join(dir.path, 'scans');
    await mkdir(scans);
  });
  afterEach(async () => {
    if (archive) {
      expect((await archive.service.checkLibrary({})).sound).toBe(true);
      await archive.close();
    }
    archive = undefined;
    await dir.cleanup();
  });

  it('stops mid-file on cancel: the file in progress and the rest leave nothing behind, earlier ones stay', async () => {
    archive = await openTestArchive(join(dir.path, 'library'));
    const current = archive;
    const first = await writePng(scans, 'first.png');
    const long = await writePdf(scans, 'long.pdf', Array.from({ length: 60 }, () => [595, 842] as [number, number]));
    const never = await writePng(scans, 'never.png', 333, 444);
    const pagesSeen: number[] = [];
    const unsubscribe = current.events.subscribe((name, payload) => {
      if (name !== 'importProgress' || !('stage' in payload) || payload.file !== 'long.pdf' || payload.stage !== 'page') return;
      pagesSeen.push(payload.page ?? 0);
      if (payload.page === 2) void current.service.cancelJob({ jobId: 'job-cancel-1' });
    });
    const results = await current.service.importFiles(importRequest({ paths: [first, long, never], jobId: 'job-cancel-1' }));
    unsubscribe();
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'cancelled', 'cancelled']);
    expect(Math.max(...pagesSeen)).toBeLessThan(60);
    expect(await current.service.listDocuments({})).toHaveLength(1);
    expect((await listTree(current.store.layout.files)).filter((f) => !f.startsWith('.incoming'))).toHaveLength(1);
    expect(await listTree(join(current.store.layout.cache, 'pages'))).toHaveLength(2);
    expect(await current.service.cancelJob({ jobId: 'job-cancel-1' })).toEqual({ cancelled: false });
    // The worker was replaced: the next import works.
    const [after] = await current.service.importFiles(importRequest({ paths: [never] }));
    expect(after?.ok).toBe(true);
  });

  it('stops a file whose page takes longer than the time limit, says why, and goes on', async () => {
    archive = await openArchive(join(dir.path, 'library'), { appVersion: TEST_VERSION, preparer: workerPreparer(TEST_IMPORT_WORKER, 30) });
    const slow = corpusFile('newspaper-fixtures/pdf-batch-1856-sn93059126/1856051001.pdf');
    const quick = await writePng(scans, 'quick.png', 50, 60);
    const results = await archive.service.importFiles(importRequest({ paths: [slow, quick] }));
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/took more than 0.03 s/) as unknown } });
    // The second file starts a fresh worker, which may itself need more than 30 ms to start: success is not asserted, only that it was tried.
    expect(results).toHaveLength(2);
    expect(await readdir(join(archive.store.layout.files, '.incoming'))).toEqual([]);
    expect(await archive.service.listDocuments({})).toHaveLength(results.filter((r) => r.ok).length);
  });

  it('honours a cancel that arrives before its import has started', async () => {
    archive = await openTestArchive(join(dir.path, 'library'));
    expect(await archive.service.cancelJob({ jobId: 'job-early-1' })).toEqual({ cancelled: false });
    const results = await archive.service.importFiles(importRequest({ paths: [await writePng(scans, 'a.png')], jobId: 'job-early-1' }));
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['cancelled']);
    expect(await archive.service.listDocuments({})).toEqual([]);
  });

  it('refuses a second import with the id of a running one', async () => {
    archive = await openTestArchive(join(dir.path, 'library'));
    const pdf = await writePdf(scans, 'p.pdf', Array.from({ length: 10 }, () => [595, 842] as [number, number]));
    const running = archive.service.importFiles(importRequest({ paths: [pdf], jobId: 'job-same-1' }));
    await expect(archive.service.importFiles(importRequest({ paths: [pdf], jobId: 'job-same-1' }))).rejects.toMatchObject({ code: 'invalid-argument' });
    expect((await running)[0]?.ok).toBe(true);
  });
});
