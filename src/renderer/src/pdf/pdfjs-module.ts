import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js is a megabyte of script: fetched and parsed on first use, in parallel with a page's
 * preview, so the app and the preview never wait for it. The legacy build: the modern one calls
 * Math.sumPrecise, Map#getOrInsertComputed and other very new built-ins unguarded, newer than
 * Electron's Chromium may have.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
}
