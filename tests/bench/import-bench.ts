import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { openArchive } from '../../src/main/archive/archive';
import { workerPreparer } from '../../src/main/archive/library/import/worker-preparer';
import { ccittToTiff } from '../../src/main/archive/formats/pdf/ccitt-tiff';
import { findPageScans } from '../../src/main/archive/formats/pdf/page-scans';
import { PREVIEW_QUALITY, PREVIEW_WIDTH } from '../../src/main/archive/previews/sizes';
import { corpusFile } from '../support/corpus';
import { importRequest, TEST_IMPORT_WORKER, TEST_VERSION } from '../support/library';
import { writePng } from '../support/sample-files';
import { tempDir } from '../support/temp-dir';
import { figure, type Figure } from './report';
import { timeMs } from './stats';

const G4_TIFFS = [
  'newspaper-fixtures/tiff-batch-1856-sn93059126/page1.tiff',
  'newspaper-fixtures/tiff-batch-1856-sn93059126/page2.tiff',
  'newspaper-fixtures/topaz-times-1944/ttt_19441101-19450131_0059.tif',
  'newspaper-fixtures/topaz-times-1944/ttt_19441101-19450131_0060.tif',
  'newspaper-fixtures/topaz-times-1944/ttt_19441101-19450131_0061.tif',
  'newspaper-fixtures/topaz-times-1944/ttt_19441101-19450131_0062.tif',
];
const SCANNED_PDF = 'newspaper-fixtures/pdf-batch-1856-sn93059126/1856051001.pdf';

/** What the image library alone does for a page: decode, resize to preview width, encode. */
const decodeAndResize = (input: string | Buffer) =>
  sharp(input, { limitInputPixels: false }).resize({ width: PREVIEW_WIDTH, withoutEnlargement: true }).jpeg({ quality: PREVIEW_QUALITY }).toBuffer();

/**
 * Import throughput (pages per second, everything an import does: copy, hash, probe, previews,
 * thumbnails, catalog write, in the worker thread) against sharp alone decoding and resizing
 * the same pages, in the same run. The ratio is our time over sharp's.
 */
export async function importFigures(): Promise<Figure[]> {
  const dir = await tempDir('muragat-bench-');
  try {
    const folder = join(dir.path, 'g4-folder');
    await mkdir(folder);
    for (const path of G4_TIFFS) await copyFile(corpusFile(path), join(folder, basename(path)));
    const pdf = corpusFile(SCANNED_PDF);

    const archive = await openArchive(join(dir.path, 'library'), { appVersion: TEST_VERSION, preparer: workerPreparer(TEST_IMPORT_WORKER) });
    // Warm up: the worker thread starts and loads its libraries before anything is timed.
    await archive.service.importFiles(importRequest({ paths: [await writePng(dir.path, 'warm-up.png')] }));
    const tiffImport = await timeMs(() => archive.service.importFiles(importRequest({ paths: [folder] })));
    const pdfImport = await timeMs(() => archive.service.importFiles(importRequest({ paths: [pdf] })));
    await archive.close();

    const tiffAlone = await timeMs(async () => {
      for (const path of G4_TIFFS) await decodeAndResize(corpusFile(path));
    });
    const scans = await findPageScans(new Uint8Array(await readFile(pdf)));
    const pdfAlone = await timeMs(async () => {
      for (const scan of scans) if (scan?.encoding === 'ccitt') await decodeAndResize(ccittToTiff(scan));
    });

    const pagesPerSecond = (pages: number, ms: number) => pages / (ms / 1000);
    return [
      figure(`import: folder of ${G4_TIFFS.length} G4 TIFF pages`, 'pages/s', pagesPerSecond(G4_TIFFS.length, tiffImport)),
      figure('import time: G4 TIFF folder', 'ms', tiffImport, { name: 'sharp decode + resize, same pages', value: tiffAlone }),
      figure(`import: scanned PDF, ${scans.length} G4 pages 7200×9600`, 'pages/s', pagesPerSecond(scans.length, pdfImport)),
      figure('import time: scanned PDF', 'ms', pdfImport, { name: 'sharp decode + resize, same pages', value: pdfAlone }),
    ];
  } finally {
    await dir.cleanup();
  }
}
