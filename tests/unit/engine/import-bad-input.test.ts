import { copyFile, mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import type { ImportResult } from '../../../src/shared/contract';
import { corpusFile } from '../../support/corpus';
import type { DiskFaults } from '../../support/disk-faults';
import { importRequest, listTree, openTestArchive, TEST_VERSION } from '../../support/library';
import { openArchive } from '../../../src/main/archive/archive';
import { inlinePreparer } from '../../../src/main/archive/library/import/inline-preparer';
import { writePdf, writePng, writeTiff } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

const faults = vi.hoisted((): DiskFaults => ({ diskFull: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const { withDiskFaults } = await import('../../support/disk-faults');
  return withDiskFaults(await importOriginal(), faults);
});

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const codeOf = (result: ImportResult | undefined) => (result?.ok ? 'ok' : result?.error.code);
const messageOf = (result: ImportResult | undefined) => (result?.ok ? '' : (result?.error.message ?? ''));

/** A PNG whose header claims 100,000 × 100,000 pixels: a decompression bomb, refused before decoding. */
async function writePngBomb(path: string): Promise<void> {
  const small = await readFile(await writePng(join(path, '..'), 'small-for-bomb.png', 10, 10));
  const bomb = Buffer.from(small);
  bomb.writeUInt32BE(100_000, 16);
  bomb.writeUInt32BE(100_000, 20);
  await writeFile(path, bomb);
}

describe('bad input to the import: a clear message per file, the rest goes on, the library stays sound', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let scans: string;

  beforeEach(async () => {
    dir = await tempDir();
    scans = join(dir.path, 'scans');
    await mkdir(scans);
    archive = await openTestArchive(join(dir.path, 'library'));
  });
  afterEach(async () => {
    faults.diskFull = false;
    faults.fullUnder = undefined;
    const report = await archive.service.checkLibrary({});
    expect(report.sound, JSON.stringify(report.problems)).toBe(true);
    expect(await readdir(join(archive.store.layout.files, '.incoming')).catch(() => [])).toEqual([]);
    await archive.close();
    await dir.cleanup();
  });

  it('reports empty, truncated and random files by name and reason and imports the good one', async () => {
    const files = {
      zero: join(scans, 'zero.pdf'),
      random: join(scans, 'random.pdf'),
      truncatedPdf: await writePdf(scans, 'truncated.pdf', [[595, 842]]),
      truncatedJpeg: join(scans, 'truncated.jpg'),
      truncatedPng: await writePng(scans, 'truncated.png', 600, 800),
      truncatedTiff: await writeTiff(scans, 'truncated.tif', 2, 'lzw'),
      good: await writePng(scans, 'good.png'),
    };
    await writeFile(files.zero, '');
    await writeFile(files.random, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)));
    await truncate(files.truncatedPdf, 300);
    const jpeg = await readFile(corpusFile('seals/islamic-seals-sbb/seal1.jpg'));
    await writeFile(files.truncatedJpeg, jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    await truncate(files.truncatedPng, 400);
    await truncate(files.truncatedTiff, 2000);

    const results = await archive.service.importFiles(importRequest({ paths: Object.values(files) }));
    expect(results.map(codeOf)).toEqual(['unsupported-format', 'unsupported-format', 'unsupported-format', 'unsupported-format', 'unsupported-format', 'unsupported-format', 'ok']);
    expect(results.map((r) => r.path)).toEqual(Object.values(files));
    expect(messageOf(results[0])).toMatch(/not a PDF, JPEG, PNG, WebP or TIFF/);
    expect(messageOf(results[2])).toMatch(/PDF cannot be read/);
    expect(messageOf(results[3])).toMatch(/^the image is damaged or truncated: .*premature end/);
    expect(messageOf(results[4])).toMatch(/^the image is damaged or truncated/);
    expect(await archive.service.listDocuments({})).toHaveLength(1);
    // Nothing of the failed files stayed: one managed file, one page of previews.
    expect((await listTree(archive.store.layout.files)).filter((f) => !f.startsWith('.incoming'))).toHaveLength(1);
    expect((await listTree(join(archive.store.layout.cache, 'pages'))).length).toBe(2);
  });

  it('asks for the password of an encrypted PDF, says when it is wrong, and keeps the right one', async () => {
    const encrypted = join(FIXTURES, 'encrypted-aes256.pdf');
    const [asked] = await archive.service.importFiles(importRequest({ paths: [encrypted] }));
    expect(codeOf(asked)).toBe('password-required');
    const [wrong] = await archive.service.importFiles(importRequest({ paths: [encrypted], password: 'not it' }));
    expect(codeOf(wrong)).toBe('wrong-password');
    const [right] = await archive.service.importFiles(importRequest({ paths: [encrypted], password: 'alash1918' }));
    if (!right?.ok) throw new Error(JSON.stringify(right));
    const doc = await archive.service.getDocument({ id: right.docId });
    expect(doc.pages).toHaveLength(2);
    expect(doc.sources[0]?.password).toBe('alash1918');
    expect((await archive.service.openPageAsset({ docId: right.docId, page: 1 })).password).toBe('alash1918');
    expect(await archive.resolvePageImage(right.docId, 1, 'preview')).not.toBeNull();
  });

  it('opens a PDF with only an owner password without asking, even when a batch password is given', async () => {
    const [result] = await archive.service.importFiles(importRequest({ paths: [join(FIXTURES, 'encrypted-owner-only.pdf')], password: 'alash1918' }));
    if (!result?.ok) throw new Error(JSON.stringify(result));
    expect((await archive.service.getDocument({ id: result.docId })).sources[0]?.password).toBeUndefined();
  });

  it('refuses a decompression bomb by its header, before decoding a pixel', async () => {
    const bomb = join(scans, 'bomb.png');
    await writePngBomb(bomb);
    const [result] = await archive.service.importFiles(importRequest({ paths: [bomb] }));
    expect(codeOf(result)).toBe('too-large');
    expect(messageOf(result)).toMatch(/100000×100000 pixels .* more than the 300 megapixels/);
  });

  it('imports the JBIG2 bomb from pdf.js’s suite without hanging or exhausting memory', async () => {
    const [result] = await archive.service.importFiles(importRequest({ paths: [corpusFile('pdfjs/bomb_giant.pdf')] }));
    // pdf.js refuses the giant image (maxImageSize): the page imports, its preview shows what can be drawn.
    expect(codeOf(result)).toBe('ok');
  });

  it('reports a file that vanished before its turn and imports the rest', async () => {
    const first = await writePdf(scans, 'first.pdf', [
      [595, 842],
      [595, 842],
    ]);
    const vanishing = await writePng(scans, 'vanishing.png');
    const last = await writePng(scans, 'last.png', 310, 410);
    const unsubscribe = archive.events.subscribe((name, payload) => {
      if (name === 'importProgress' && 'stage' in payload && payload.stage === 'started' && payload.file === 'first.pdf') void rm(vanishing);
    });
    const results = await archive.service.importFiles(importRequest({ paths: [first, vanishing, last] }));
    unsubscribe();
    expect(results.map(codeOf)).toEqual(['ok', 'not-found', 'ok']);
    expect(messageOf(results[1])).toMatch(/does not exist \(or vanished/);
  });

  it('reports a full disk and loses nothing already in the library', async () => {
    const [kept] = await archive.service.importFiles(importRequest({ paths: [await writePng(scans, 'kept.png')] }));
    const before = await listTree(archive.store.layout.root);
    faults.diskFull = true;
    const [result] = await archive.service.importFiles(importRequest({ paths: [await writePng(scans, 'no-room.png', 320, 420)] }));
    faults.diskFull = false;
    expect(codeOf(result)).toBe('io');
    expect(messageOf(result)).toMatch(/disk is full/);
    expect((await listTree(archive.store.layout.root)).filter((f) => !f.startsWith('backups/'))).toEqual(before.filter((f) => !f.startsWith('backups/')));
    expect(kept?.ok && (await archive.service.getDocument({ id: kept.docId })).title).toBe('kept');
  });

  it('says the disk is full, not that the file is damaged, when the disk fills up while the previews are written', async () => {
    // Prepared in this thread, where the disk's faults are simulated (a worker thread has its own fs).
    await archive.close();
    archive = await openArchive(join(dir.path, 'library'), { appVersion: TEST_VERSION, preparer: inlinePreparer() });
    faults.fullUnder = archive.store.layout.cache;
    const results = await archive.service.importFiles(importRequest({ paths: [await writePng(scans, 'no-room-for-preview.png'), await writePdf(scans, 'no-room-for-preview.pdf')] }));
    faults.fullUnder = undefined;
    expect(results.map(codeOf)).toEqual(['io', 'io']);
    for (const result of results) expect(messageOf(result)).toMatch(/disk is full/);
    expect(await archive.service.listDocuments({})).toEqual([]);
  });

  it('names the page of a PDF that cannot be opened, as a damaged file, not an unexpected error', async () => {
    const looping = join(scans, 'looping-pages.pdf');
    await writeFile(looping, pdfWithLoopingPageTree());
    const [result] = await archive.service.importFiles(importRequest({ paths: [looping] }));
    expect(codeOf(result)).toBe('unsupported-format');
    expect(messageOf(result)).toMatch(/^the PDF's page 2 cannot be opened \(.*circular/);
  });

  it('keeps going after a corpus folder full of sidecar files', async () => {
    const folder = join(scans, 'ndnp');
    await mkdir(folder);
    for (const name of ['1289.pdf', '1289.xml', '1292.pdf', '1292.xml']) await copyFile(corpusFile(`newspaper-fixtures/ndnp-1935-sn85058233/${name}`), join(folder, name));
    const results = await archive.service.importFiles(importRequest({ paths: [folder] }));
    expect(results.map(codeOf)).toEqual(['ok', 'ok']);
  });
});

/** Two pages on paper, the second of which is a page tree that contains itself: pdf.js opens the file and page 1, never page 2. */
function pdfWithLoopingPageTree(): Buffer {
  const content = '0 0 1 rg 10 10 100 100 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
