import { readFile } from 'node:fs/promises';
import { createCanvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp, { type Sharp } from 'sharp';
import { MuragatError } from '../../../../shared/rpc/errors';
import { ccittToTiff } from '../../formats/pdf/ccitt-tiff';
import { findPageScans } from '../../formats/pdf/page-scans';
import { openPdfAsNeeded } from '../../formats/pdf/pdfjs-node';
import { probePdfPages, type PdfPageInfo } from '../../formats/pdf/probe-pdf';
import { writeDerivedFile } from '../../previews/atomic-file';
import { PREVIEW_WIDTH } from '../../previews/sizes';
import { makePageImages, writePageImages } from '../../previews/write-page-images';
import { libraryLayout } from '../../store/layout';
import type { PageProgress, PrepareInput, PrepareOutput } from './prepare-types';

/**
 * A PDF: its pages and their grids, then a preview per page. A page that is one JPEG scan keeps
 * that JPEG as it is (the viewer shows it without re-encoding); a fax scan is decoded by libtiff;
 * anything else is drawn by pdf.js at preview size.
 */
export async function preparePdf(input: PrepareInput, onPage: PageProgress): Promise<PrepareOutput> {
  const data = new Uint8Array(await readFile(input.path));
  const { pdf, passwordNeeded } = await openPdfAsNeeded(data, input.password);
  try {
    const scans = await findPageScans(data);
    const pages = await probePdfPages(pdf, scans);
    const layout = libraryLayout(input.libraryRoot);
    for (const [index, info] of pages.entries()) {
      const target = { layout, sha256: input.sha256, sourcePage: index + 1 };
      if (info.scan?.encoding === 'jpeg' && info.rotate === 0) {
        await writeDerivedFile(layout.pageImage(input.sha256, index + 1, 'scan', 'jpg'), info.scan.bytes);
      }
      const images = await pageRaster(pdf, index + 1, info)
        .then(makePageImages)
        .catch((error: unknown) => {
          throw new MuragatError('unsupported-format', `page ${index + 1} cannot be drawn: ${(error as Error).message}`);
        });
      await writePageImages(images, target);
      onPage(index + 1, pages.length);
    }
    return { pages: pages.map(({ width, height, grid, scan }) => ({ width, height, grid, ...(scan?.alone ? { scanOnly: true as const } : {}) })), passwordNeeded };
  } finally {
    await pdf.destroy();
  }
}

async function pageRaster(pdf: PDFDocumentProxy, pageNumber: number, info: PdfPageInfo): Promise<Sharp> {
  const scan = info.scan;
  if (scan?.encoding === 'jpeg') return sharp(scan.bytes, { failOn: 'truncated' }).rotate(info.rotate);
  if (scan?.encoding === 'ccitt') return sharp(ccittToTiff(scan)).rotate(info.rotate);
  return renderWithPdfJs(pdf, pageNumber);
}

/** Draws the page with pdf.js on a Node canvas (the one pdf.js itself uses in Node), at preview width. */
async function renderWithPdfJs(pdf: PDFDocumentProxy, pageNumber: number): Promise<Sharp> {
  const page = await pdf.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: PREVIEW_WIDTH / base.width });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const context = createCanvas(width, height).getContext('2d');
  // pdf.js's types name the DOM's canvas; in Node it draws on @napi-rs/canvas, which it also uses itself.
  await page.render({ canvas: null, canvasContext: context as never, viewport }).promise;
  const pixels = context.getImageData(0, 0, width, height).data;
  page.cleanup();
  return sharp(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength), { raw: { width, height, channels: 4 } });
}
