import { readFile } from 'node:fs/promises';
import { MuragatError } from '../../../shared/rpc/errors';
import type { PageGrid } from './page-grid';

/** Reference grid for a PDF page without one full-page scan: the page at 300 dpi. */
const REFERENCE_DPI = 300;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// Loaded on first use: most commands never open a PDF. The legacy build runs on Node 20.
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Reads a PDF's pages and their reference pixel grids (rotation applied, as it is displayed). */
export async function probePdf(path: string): Promise<PageGrid[]> {
  const { getDocument } = await loadPdfJs();
  const data = new Uint8Array(await readFile(path));
  const task = getDocument({ data, isEvalSupported: false, verbosity: 0, stopAtErrors: false });
  try {
    const doc = await task.promise;
    const pages: PageGrid[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: REFERENCE_DPI / 72 });
      pages.push({ width: Math.max(1, Math.round(viewport.width)), height: Math.max(1, Math.round(viewport.height)) });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    throw pdfError(error);
  } finally {
    await task.destroy();
  }
}

function pdfError(error: unknown): MuragatError {
  const name = (error as { name?: string } | null)?.name;
  const detail = (error as Error | null)?.message ?? String(error);
  if (name === 'PasswordException') {
    return new MuragatError('unsupported-format', 'the PDF is encrypted with a password');
  }
  return new MuragatError('unsupported-format', `the PDF cannot be read (${detail})`);
}
