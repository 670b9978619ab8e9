import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

// The legacy build: the modern one calls Math.sumPrecise, Map#getOrInsertComputed and other
// very new built-ins unguarded, newer than Electron's Chromium may have.
GlobalWorkerOptions.workerSrc = workerUrl;

/** pdf.js data files, copied next to the app at build time and served by its own origin. */
const dataUrl = (dir: string) => new URL(`pdfjs/${dir}/`, document.baseURI).href;

/** How many open PDFs stay in memory; the least recently used is destroyed beyond this. */
const OPEN_DOCUMENTS_KEPT = 3;

let sharedWorker: PDFWorker | undefined;
const open = new Map<string, Promise<PDFDocumentProxy>>();

/** Opens a PDF by its app URL (with its password if it is encrypted), reusing an already open one and one worker for all of them. */
export function openPdf(url: string, password?: string): Promise<PDFDocumentProxy> {
  const cached = open.get(url);
  if (cached) {
    open.delete(url);
    open.set(url, cached);
    return cached;
  }
  sharedWorker ??= new PDFWorker();
  const loading = fetchBytes(url).then(
    (data) =>
      getDocument({
        data,
        worker: sharedWorker,
        cMapUrl: dataUrl('cmaps'),
        cMapPacked: true,
        standardFontDataUrl: dataUrl('standard_fonts'),
        wasmUrl: dataUrl('wasm'),
        iccUrl: dataUrl('iccs'),
        isEvalSupported: false,
        verbosity: 0,
        ...(password === undefined ? {} : { password }),
      }).promise,
  );
  open.set(url, loading);
  loading.catch(() => open.delete(url));
  for (const [oldUrl, oldDoc] of open) {
    if (open.size <= OPEN_DOCUMENTS_KEPT) break;
    open.delete(oldUrl);
    void oldDoc.then((doc) => doc.destroy()).catch(() => undefined);
  }
  return loading;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return new Uint8Array(await response.arrayBuffer());
}
