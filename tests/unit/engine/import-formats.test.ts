import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { findPageScans } from '../../../src/main/archive/formats/pdf/page-scans';
import { corpusFile } from '../../support/corpus';
import { importOne, importRequest, openTestArchive } from '../../support/library';
import { writeTiff } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

describe('importing every kind of scan', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let scans: string;
  const importDoc = async (path: string) => archive.service.getDocument({ id: await importOne(archive, path) });
  const preview = async (docId: string, page: number) => {
    const file = await archive.resolvePageImage(docId, page, 'preview');
    if (!file) throw new Error(`no preview for ${docId} page ${page}`);
    return sharp(file.path).metadata();
  };

  beforeAll(async () => {
    dir = await tempDir();
    scans = join(dir.path, 'scans');
    await mkdir(scans);
    archive = await openTestArchive(join(dir.path, 'library'));
  });
  afterAll(async () => {
    await archive.close();
    await dir.cleanup();
  });

  it.each(['lzw', 'deflate', 'jpeg'] as const)('imports a multi-page %s TIFF as one page per directory, each with a preview', async (compression) => {
    const doc = await importDoc(await writeTiff(scans, `issue-${compression}.tif`, 3, compression));
    expect(doc.sources[0]).toMatchObject({ format: 'tiff', pageCount: 3 });
    expect(doc.pages.map((p) => [p.sourcePage, p.width, p.height, p.grid])).toEqual([
      [1, 400, 600, 'image'],
      [2, 400, 600, 'image'],
      [3, 400, 600, 'image'],
    ]);
    const shades = await Promise.all([0, 2].map(async (page) => (await sharp((await archive.resolvePageImage(doc.id, page, 'preview'))?.path).stats()).channels[0]?.mean ?? 0));
    expect(shades[0]).toBeGreaterThan((shades[1] ?? 0) + 40);
    expect(await preview(doc.id, 1)).toMatchObject({ format: 'jpeg', width: 400, height: 600 });
    expect((await archive.resolvePageImage(doc.id, 2, 'thumbnail'))?.contentType).toBe('image/jpeg');
  });

  it.each([
    ['a CCITT Group 4 TIFF (1944)', 'newspaper-fixtures/topaz-times-1944/ttt_19441101-19450131_0059.tif', 1162, 1941],
    ['an LZW TIFF (Grenzboten)', 'ocrd-assets/grenzboten-test/p179470.tif', 3340, 4872],
    ['a JPEG-in-TIFF (Kant, 1784)', 'ocrd-assets/kant_aufklaerung_1784/INPUT_0017.tif', 1457, 2083],
    ['an old-style Deflate TIFF (SBB)', 'ocrd-assets/SBB0000F29300010000/FILE_0002_IMAGE_BIN.tif', 2577, 3633],
  ])('imports %s from the corpus at its own size', async (_what, path, width, height) => {
    const doc = await importDoc(corpusFile(path));
    expect(doc.pages).toEqual([{ source: 0, sourcePage: 1, width, height, grid: 'image' }]);
    expect((await preview(doc.id, 0)).width).toBe(Math.min(width, 1600));
  });

  it('gives a TIFF page to the browser as a lossless PNG made on first request', async () => {
    const doc = await importDoc(corpusFile('newspaper-fixtures/topaz-times-1944/ttt_19441101-19450131_0060.tif'));
    const asset = await archive.service.openPageAsset({ docId: doc.id, page: 0 });
    expect(asset.imageUrl).toBe(`/pages/${doc.id}/0/scan`);
    const scan = await archive.resolvePageImage(doc.id, 0, 'scan');
    expect(scan?.contentType).toBe('image/png');
    expect(await sharp(scan?.path).metadata()).toMatchObject({ width: 1120, height: 1904 });
  });

  it('puts a scanned PDF page on the scan’s own pixels and keeps its JPEG byte for byte (1935)', async () => {
    const pdfPath = corpusFile('newspaper-fixtures/ndnp-1935-sn85058233/1289.pdf');
    const doc = await importDoc(pdfPath);
    // Its OCR text is drawn under the scan: the page shows the scan alone.
    expect(doc.pages).toEqual([{ source: 0, sourcePage: 1, width: 2275, height: 3609, grid: 'pdf-scan', scanOnly: true }]);
    const [scan] = await findPageScans(new Uint8Array(await readFile(pdfPath)));
    if (scan?.encoding !== 'jpeg') throw new Error('the 1935 page should hold one JPEG');
    const kept = await archive.resolvePageImage(doc.id, 0, 'scan');
    expect(Buffer.from(await readFile(kept?.path ?? '')).equals(Buffer.from(scan.bytes))).toBe(true);
    expect(await archive.service.openPageAsset({ docId: doc.id, page: 0 })).toMatchObject({ imageUrl: `/pages/${doc.id}/0/scan`, scanOnly: true });
  });

  it('reads the 1856 fax-coded PDF as four 7200×9600 pages and previews them through libtiff', async () => {
    const doc = await importDoc(corpusFile('newspaper-fixtures/pdf-batch-1856-sn93059126/1856051001.pdf'));
    expect(doc.pages.map((p) => [p.width, p.height, p.grid])).toEqual(Array.from({ length: 4 }, () => [7200, 9600, 'pdf-scan']));
    const stats = await sharp((await archive.resolvePageImage(doc.id, 0, 'preview'))?.path).stats();
    // Newsprint is mostly white paper: a preview decoded with black and white swapped would be mostly black.
    expect(stats.channels[0]?.mean).toBeGreaterThan(170);
  });

  it('keeps the 300 dpi grid for pages that are not one scan, and previews them with pdf.js', async () => {
    const doc = await importDoc(corpusFile('pdfjs/tracemonkey.pdf'));
    expect(doc.pages).toHaveLength(14);
    expect(doc.pages[1]).toMatchObject({ width: 2550, height: 3300, grid: 'pdf-300dpi' });
    expect(doc.pages.some((page) => page.scanOnly)).toBe(false);
    const stats = await sharp((await archive.resolvePageImage(doc.id, 1, 'preview'))?.path).stats();
    expect(stats.channels[0]?.min).toBeLessThan(60);
  });

  it('applies a page’s /Rotate to its grid', async () => {
    const doc = await importDoc(corpusFile('pdfjs/rotation.pdf'));
    expect(doc.pages.map((p) => [p.width, p.height])).toEqual([
      [2550, 3300],
      [3300, 2550],
    ]);
  });

  it('makes the images of a folder one document, pages in natural order', async () => {
    const folder = join(scans, 'kazakh-1917-255');
    await mkdir(folder);
    for (const name of ['page-10.png', 'page-2.png', 'page-1.png']) {
      await sharp({ create: { width: 300 + Number(/\d+/.exec(name)?.[0]), height: 500, channels: 3, background: '#eeeeee' } }).png().toFile(join(folder, name));
    }
    const doc = await archive.service.getDocument({ id: await importOne(archive, folder, { grouping: 'folder' }) });
    expect(doc.title).toBe('kazakh-1917-255');
    expect(doc.sources.map((s) => s.originalName)).toEqual(['page-1.png', 'page-2.png', 'page-10.png']);
    expect(doc.pages.map((p) => [p.source, p.width])).toEqual([
      [0, 301],
      [1, 302],
      [2, 310],
    ]);
    const again = await archive.service.importFiles(importRequest({ paths: [folder], grouping: 'folder' }));
    expect(again).toEqual([{ ok: true, path: folder, docId: doc.id, duplicate: true }]);
  });

  it('imports a JPEG named .tif as the JPEG it is', async () => {
    const fake = join(scans, 'really-a-jpeg.tif');
    await copyFile(corpusFile('seals/islamic-seals-sbb/seal1.jpg'), fake);
    const doc = await importDoc(fake);
    expect(doc.sources[0]).toMatchObject({ format: 'jpeg', originalName: 'really-a-jpeg.tif' });
    expect(doc.pages[0]).toMatchObject({ width: 259, height: 266 });
  });
});
