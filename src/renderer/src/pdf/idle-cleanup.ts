import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** How long a document must rest (no page opened or left) before its caches are emptied. */
const IDLE_MS = 2000;

const timers = new WeakMap<PDFDocumentProxy, ReturnType<typeof setTimeout>>();

/**
 * Empties what pdf.js keeps for a document across pages (fonts on both threads, parsed
 * resources) once paging rests: without it a long book read page by page keeps every font it met.
 * pdf.js refuses while a page is drawing; then it is tried again after the next rest.
 */
export function cleanUpWhenIdle(pdf: PDFDocumentProxy): void {
  clearTimeout(timers.get(pdf));
  timers.set(
    pdf,
    setTimeout(() => {
      timers.delete(pdf);
      pdf.cleanup().catch(() => cleanUpWhenIdle(pdf));
    }, IDLE_MS),
  );
}
