import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { importOne, importRequest, listTree, openTestArchive } from '../../support/library';
import { writePdf, writePng, writeRotatedJpeg } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

describe('importing files', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let scans: string;
  let archive: Archive;
  beforeEach(async () => {
    dir = await tempDir();
    scans = join(dir.path, 'scans');
    await mkdir(scans);
    archive = await openTestArchive(join(dir.path, 'library'));
  });
  afterEach(async () => {
    await archive.close();
    await dir.cleanup();
  });

  it('imports a PDF with each page on its 300 dpi grid, rotation applied', async () => {
    const pdf = await writePdf(scans, 'issue.pdf', [
      [595, 842],
      [842, 595],
    ]);
    const doc = await archive.service.getDocument({ id: await importOne(archive, pdf) });
    expect(doc.pages.map(({ width, height }) => [width, height])).toEqual([
      [2479, 3508],
      [3508, 2479],
    ]);
    expect(doc.sources[0]).toMatchObject({ format: 'pdf', originalName: 'issue.pdf', pageCount: 2 });
    expect(doc.title).toBe('issue');
  });

  it('imports images on their own pixel grid, EXIF rotation applied', async () => {
    const png = await archive.service.getDocument({ id: await importOne(archive, await writePng(scans, 'page.png', 321, 456)) });
    const jpeg = await archive.service.getDocument({ id: await importOne(archive, await writeRotatedJpeg(scans, 'photo.jpg')) });
    expect(png.pages).toEqual([{ source: 0, sourcePage: 1, width: 321, height: 456, grid: 'image' }]);
    expect(jpeg.pages[0]).toMatchObject({ width: 400, height: 600 });
  });

  it('stores each file once under its SHA-256 and finds the document again on re-import', async () => {
    const png = await writePng(scans, 'page.png');
    const first = { docId: await importOne(archive, png) };
    await writeFile(join(scans, 'same-bytes-other-name.png'), await readFile(png));
    const again = await archive.service.importFiles(importRequest({ paths: [png, join(scans, 'same-bytes-other-name.png')] }));
    expect(again).toEqual([
      { ok: true, path: png, docId: first.docId, duplicate: true },
      { ok: true, path: join(scans, 'same-bytes-other-name.png'), docId: first.docId, duplicate: true },
    ]);
    expect(await archive.service.listDocuments({})).toHaveLength(1);
    const stored = (await listTree(archive.store.layout.files)).filter((f) => !f.startsWith('.incoming'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}\.png$/);
  });

  it('reports each bad file with its reason, imports the rest, and leaves nothing half-done', async () => {
    const good = await writePng(scans, 'good.png');
    const empty = join(scans, 'empty.pdf');
    await writeFile(empty, '');
    const random = join(scans, 'random.pdf');
    await writeFile(random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const fakePdf = join(scans, 'not-really.pdf');
    await writeFile(fakePdf, '%PDF-1.7\nthis is not a PDF body at all');
    const truncated = await writePdf(scans, 'truncated.pdf', [[595, 842]]);
    await truncate(truncated, 200);
    const missing = join(scans, 'vanished.pdf');

    const results = await archive.service.importFiles(importRequest({ paths: [empty, random, fakePdf, truncated, missing, good] }));
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'unsupported-format',
      'unsupported-format',
      'unsupported-format',
      'unsupported-format',
      'not-found',
      'ok',
    ]);
    for (const failed of results.filter((r) => !r.ok)) expect(failed.error.message.length).toBeGreaterThan(10);
    expect(await archive.service.listDocuments({})).toHaveLength(1);
    expect(await readdir(join(archive.store.layout.files, '.incoming'))).toEqual([]);
    const report = await archive.service.checkLibrary({});
    expect(report).toMatchObject({ sound: true, problems: [] });
  });

  it('takes the scans inside folders, recursively and in natural order, skipping sidecar files', async () => {
    await mkdir(join(scans, 'issue-255', 'extra'), { recursive: true });
    await writePng(join(scans, 'issue-255'), 'page-10.png', 100, 110);
    await writePng(join(scans, 'issue-255'), 'page-2.png', 100, 120);
    await writePng(join(scans, 'issue-255', 'extra'), 'insert.png', 100, 130);
    await writeFile(join(scans, 'issue-255', 'page-2.xml'), '<alto/>');
    await writeFile(join(scans, 'issue-255', '.DS_Store'), 'x');
    const results = await archive.service.importFiles(importRequest({ paths: [join(scans, 'issue-255')] }));
    expect(results.map((r) => r.path.slice(scans.length + 1))).toEqual(['issue-255/extra/insert.png', 'issue-255/page-2.png', 'issue-255/page-10.png']);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('emits progress for every file and a library change for each new document', async () => {
    const seen: string[] = [];
    const unsubscribe = archive.events.subscribe((name, payload) => {
      seen.push('stage' in payload ? `${name}:${payload.stage}:${payload.file}${payload.page ? `:${payload.page}/${payload.pageCount}` : ''}` : 'docIds' in payload ? `${name}:${payload.docIds.length}` : name);
    });
    const pdf = await writePdf(scans, 'two.pdf', [
      [595, 842],
      [595, 842],
    ]);
    await archive.service.importFiles(importRequest({ paths: [pdf, join(scans, 'missing.png')], jobId: 'job-progress-1' }));
    unsubscribe();
    expect(seen).toEqual([
      'importProgress:started:two.pdf',
      'importProgress:page:two.pdf:1/2',
      'importProgress:page:two.pdf:2/2',
      'importProgress:done:two.pdf',
      'libraryChanged:1',
      'importProgress:started:missing.png',
      'importProgress:failed:missing.png',
    ]);
  });

  it('refuses to import into a library another process holds', async () => {
    const second = await openTestArchive(archive.store.layout.root);
    await expect(second.service.importFiles(importRequest({ paths: [await writePng(scans, 'a.png')] }))).rejects.toMatchObject({ code: 'read-only' });
    await second.close();
  });
});
