import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MuragatError } from '../../../../shared/rpc/errors';
import type { PageGrid } from '../page-grid';
import { assertPixelLimit } from '../pixel-limit';
import type { EmbeddedScan } from './page-scans';

/** Reference grid for a PDF page that is not one full-page scan: the page at 300 dpi. */
export const REFERENCE_DPI = 300;

export interface PdfPageInfo extends PageGrid {
  /** The page's /Rotate in degrees, as pdf.js normalises it (0, 90, 180, 270). */
  rotate: number;
  scan?: EmbeddedScan;
}

/**
 * Each page's reference grid as displayed (rotation applied): the embedded scan's own pixels
 * when the page is one full-page scan, else the page at 300 dpi.
 */
export async function probePdfPages(pdf: PDFDocumentProxy, scans: readonly (EmbeddedScan | undefined)[]): Promise<PdfPageInfo[]> {
  const pages: PdfPageInfo[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n).catch((error: unknown) => {
      throw new MuragatError('unsupported-format', `the PDF's page ${n} cannot be opened (${error instanceof Error ? error.message : String(error)})`);
    });
    const rotate = page.rotate;
    const scan = scans.length === pdf.numPages ? scans[n - 1] : undefined;
    if (scan) {
      assertPixelLimit(scan.width, scan.height, `the scan on page ${n}`);
      const turned = rotate % 180 !== 0;
      pages.push({ width: turned ? scan.height : scan.width, height: turned ? scan.width : scan.height, grid: 'pdf-scan', rotate, scan });
    } else {
      const viewport = page.getViewport({ scale: REFERENCE_DPI / 72 });
      pages.push({ width: Math.max(1, Math.round(viewport.width)), height: Math.max(1, Math.round(viewport.height)), grid: 'pdf-300dpi', rotate });
    }
    page.cleanup();
  }
  return pages;
}
