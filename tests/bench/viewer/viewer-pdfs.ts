import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { openPdf } from '../../../src/main/archive/formats/pdf/pdfjs-node';
import { corpusFile } from '../../support/corpus';

/** A corpus PDF both viewers open, with what the bench needs to know about it. */
export interface ViewerPdf {
  /** Its file name, which is also how the stock side's server names it. */
  name: string;
  label: string;
  path: string;
  /** The title an import gives it: the file name without `.pdf`. */
  title: string;
  pageCount: number;
  /** Page 1's width in PDF points, as pdf.js lays it out (rotation applied). */
  widthPt: number;
}

export interface ViewerPdfs {
  g4: ViewerPdf;
  jpeg: ViewerPdf;
  book: ViewerPdf;
}

async function describe(label: string, relativePath: string): Promise<ViewerPdf> {
  const path = corpusFile(relativePath);
  const pdf = await openPdf(new Uint8Array(await readFile(path)));
  try {
    const first = await pdf.getPage(1);
    const name = basename(path);
    return { name, label, path, title: name.replace(/\.pdf$/i, ''), pageCount: pdf.numPages, widthPt: first.getViewport({ scale: 1 }).width };
  } finally {
    await pdf.destroy();
  }
}

/** The three files: a 7200×9600 CCITT G4 page, a JPEG page with OCR text, a 352-page book. Fails clearly without the corpus. */
export async function viewerPdfs(): Promise<ViewerPdfs> {
  return {
    g4: await describe('1856 G4 page 7200×9600', 'newspaper-fixtures/pdf-batch-1856-sn93059126/1856051001.pdf'),
    jpeg: await describe('1935 JPEG page', 'newspaper-fixtures/ndnp-1935-sn85058233/1292.pdf'),
    book: await describe('freeculture.pdf', 'pdfjs/freeculture.pdf'),
  };
}
