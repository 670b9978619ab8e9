import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfJs } from './pdfjs-module';

/** How long a document must rest (no page opened or left) before its caches are emptied. */
const IDLE_MS = 2000;

const timers = new WeakMap<PDFDocumentProxy, ReturnType<typeof setTimeout>>();

/**
 * Empties what pdf.js keeps for a document across pages (fonts and glyph outlines on both
 * threads, parsed resources) once paging rests, and what its text layers keep for all
 * documents (the contexts that measure text, with a font cache each): without it a long book
 * read page by page keeps every font and size it met. pdf.js refuses while a page is drawing;
 * then it is tried again after the next rest.
 */
export function cleanUpWhenIdle(pdf: PDFDocumentProxy): void {
  clearTimeout(timers.get(pdf));
  timers.set(
    pdf,
    setTimeout(() => {
      timers.delete(pdf);
      pdf
        .cleanup()
        .then(async () => (await loadPdfJs()).TextLayer.cleanup())
        .catch(() => cleanUpWhenIdle(pdf));
    }, IDLE_MS),
  );
}
