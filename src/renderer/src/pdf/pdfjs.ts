import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfJs } from './pdfjs-module';

/** pdf.js data files, copied next to the app at build time and served by its own origin. */
const dataUrl = (dir: string) => new URL(`pdfjs/${dir}/`, document.baseURI).href;

/** How many open PDFs stay in memory; the least recently used is destroyed beyond this. */
const OPEN_DOCUMENTS_KEPT = 3;

/** Bytes per range request: a page of a scanned newspaper is a few of these, its dictionaries one. */
const RANGE_CHUNK_SIZE = 128 * 1024;

interface OpenDocument {
  loading: Promise<PDFDocumentProxy>;
  /** Destroys the document and stops its range requests, loaded or not. */
  close: () => void;
}

let sharedWorker: PDFWorker | undefined;
const open = new Map<string, OpenDocument>();
const readFailures = new WeakMap<PDFDocumentProxy, Promise<never>>();

/**
 * Opens a PDF by its app URL (with its password if it is encrypted), reading a large file in
 * ranges as pages need them, reusing an already open one and one worker for all of them.
 */
export function openPdf(url: string, password?: string): Promise<PDFDocumentProxy> {
  const cached = open.get(url);
  if (cached) {
    open.delete(url);
    open.set(url, cached);
    return cached.loading;
  }
  const opened = load(url, password);
  open.set(url, opened);
  opened.loading.catch(() => forget(url, opened));
  for (const [oldUrl, old] of open) {
    if (open.size <= OPEN_DOCUMENTS_KEPT) break;
    forget(oldUrl, old);
  }
  return opened.loading;
}

/**
 * Loads pdf.js and starts its worker (a megabyte of script to parse on its own thread) before
 * any PDF is opened: called when the app is idle after starting, so the first page opened
 * draws without waiting for either.
 */
export async function warmUpPdfJs(): Promise<void> {
  const { PDFWorker } = await loadPdfJs();
  sharedWorker ??= new PDFWorker();
}

/**
 * pdf.js waits forever for a range whose fetch failed; this settles `work` with that fetch's
 * error instead. Use it around each promise of a document from `openPdf` (pages, renders, text).
 */
export function whileReadable<T>(pdf: PDFDocumentProxy, work: Promise<T>): Promise<T> {
  const failure = readFailures.get(pdf);
  return failure ? Promise.race([work, failure]) : work;
}

function load(url: string, password: string | undefined): OpenDocument {
  const closed = new AbortController();
  let task: PDFDocumentLoadingTask | undefined;
  const close = () => {
    closed.abort();
    void task?.destroy().catch(() => undefined);
  };
  const loading = (async () => {
    // The range transport extends a pdf.js class: it comes with pdf.js, on first use.
    const [{ getDocument, PDFWorker }, { openPdfSource }] = await Promise.all([loadPdfJs(), import('./pdf-source')]);
    const { params, transport } = await openPdfSource((input, init) => fetch(input, init), url, RANGE_CHUNK_SIZE, closed.signal);
    closed.signal.addEventListener('abort', () => transport?.stop());
    closed.signal.throwIfAborted();
    sharedWorker ??= new PDFWorker();
    task = getDocument({
      ...params,
      worker: sharedWorker,
      cMapUrl: dataUrl('cmaps'),
      cMapPacked: true,
      standardFontDataUrl: dataUrl('standard_fonts'),
      wasmUrl: dataUrl('wasm'),
      iccUrl: dataUrl('iccs'),
      isEvalSupported: false,
      // Glyphs drawn from their outlines, not loaded into the page as web fonts: every font
      // loaded so stayed in the renderer's font caches after pdf.js let it go (20 MB over a
      // 352-page book). The text looks the same; the text layer uses the system's fonts anyway.
      disableFontFace: true,
      verbosity: 0,
      ...(password === undefined ? {} : { password }),
    });
    if (!transport) return task.promise;
    const pdf = await Promise.race([task.promise, transport.failure]);
    readFailures.set(pdf, transport.failure);
    // A document that lost a range cannot finish that page: the next openPdf starts afresh.
    transport.failure.catch(() => forget(url, opened));
    return pdf;
  })();
  const opened: OpenDocument = { loading, close };
  return opened;
}

function forget(url: string, opened: OpenDocument): void {
  if (open.get(url) === opened) open.delete(url);
  opened.close();
}
