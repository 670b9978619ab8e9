import type { getDocument as GetDocument, GlobalWorkerOptions as WorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageCanvas, PageElement, PageGlobals, StockPageView, StockViewerModule } from './page-types';

export interface StockViewerSetup {
  /** Opened at once, or null: the viewer starts empty and the bench opens a file with `open`. */
  pdfUrl: string | null;
  /** pdf.js's `currentScaleValue`: 'page-width', or '4' for 400 %. */
  scale: string;
}

/** What the page records, on its own clock (performance.now(): ms since navigation began). */
export interface StockBenchState {
  /** When the file was asked for: 0 when opened with the page, else when `open` was called. */
  openedAt: number;
  firstPixels: number | null;
  sharp: number | null;
  errors: string[];
  /** Opens a file in the running viewer (pdf.js and its worker already loaded). */
  open(url: string): void;
  /** Scrolls to page n (1-based). */
  showPage(n: number): void;
  /** Whether page n is drawn at the current scale (a page pdf.js drew ahead of time may already be). */
  isDrawn(n: number): boolean;
}

export interface StockPageGlobals {
  pdfjsLib: { getDocument: typeof GetDocument; GlobalWorkerOptions: typeof WorkerOptions };
  pdfjsViewer: StockViewerModule;
  startStockViewer(): void;
  stockBench: StockBenchState;
}

/**
 * Init script for stock-viewer.html: builds pdf.js's own viewer as its "simpleviewer" example
 * does (EventBus, PDFLinkService, PDFViewer with default options, scale set on `pagesinit`),
 * opens the PDF by URL, and records when page 1 first shows ink and when it is sharp.
 *
 * First pixels: pdf.js shows a first render's canvas after 500 ms of drawing even if it is
 * unfinished (minDurationToUpdateCanvas), and otherwise only when done (`pagerendered`); a
 * canvas shown early may still be blank (a fax page is one image, drawn at the end). So until
 * page 1 is drawn, the page looks at the pixels on every frame: does the part of page 1's
 * canvases inside the window show any contrast? Sharp: page 1 drawn at the current scale and,
 * where pdf.js needs one (the page would exceed maxCanvasPixels), its detail view of the
 * visible area drawn too.
 */
export function installStockViewer(setup: StockViewerSetup): void {
  const page = globalThis as unknown as PageGlobals & StockPageGlobals;
  page.startStockViewer = () => {
    const { EventBus, PDFLinkService, PDFViewer, RenderingStates } = page.pdfjsViewer;
    page.pdfjsLib.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.min.mjs';
    const container = page.document.getElementById('viewerContainer');
    if (!container) throw new Error('stock-viewer.html has no #viewerContainer');
    const eventBus = new EventBus();
    const linkService = new PDFLinkService({ eventBus });
    const viewer = new PDFViewer({ container, eventBus, linkService });
    linkService.setViewer(viewer);

    const finished = (view: { renderingState: number } | null | undefined) => view?.renderingState === RenderingStates.FINISHED;
    const isSharp = (view: StockPageView) => finished(view) && (view.detailView === null || finished(view.detailView));
    const sample = page.document.createElement('canvas');
    const sampleContext = sample.getContext('2d', { willReadFrequently: true });

    /** Whether the part of this canvas inside the window has any contrast, read from a small copy. */
    const showsInk = (canvas: PageCanvas, window: PageElement) => {
      const box = canvas.getBoundingClientRect();
      const view = window.getBoundingClientRect();
      const left = Math.max(box.left, view.left);
      const right = Math.min(box.right, view.right);
      const top = Math.max(box.top, view.top);
      const bottom = Math.min(box.bottom, view.bottom);
      if (!sampleContext || canvas.width === 0 || right <= left || bottom <= top) return false;
      const perCssX = canvas.width / box.width;
      const perCssY = canvas.height / box.height;
      sample.width = 256;
      sample.height = Math.max(1, Math.round((256 * (bottom - top)) / (right - left)));
      sampleContext.drawImage(canvas, (left - box.left) * perCssX, (top - box.top) * perCssY, (right - left) * perCssX, (bottom - top) * perCssY, 0, 0, sample.width, sample.height);
      const { data } = sampleContext.getImageData(0, 0, sample.width, sample.height);
      let darkest = 255;
      let lightest = 0;
      for (let i = 0; i < data.length; i += 4) {
        const luminance = 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
        darkest = Math.min(darkest, luminance);
        lightest = Math.max(lightest, luminance);
      }
      // A canvas not drawn yet is one flat colour (white once pdf.js starts, black before).
      return lightest - darkest > 64;
    };

    const state: StockBenchState = {
      openedAt: 0,
      firstPixels: null,
      sharp: null,
      errors: [],
      open: (url) => {
        state.openedAt = performance.now();
        state.firstPixels = null;
        state.sharp = null;
        everyFrame();
        page.pdfjsLib
          .getDocument({ url, cMapUrl: '/pdfjs/cmaps/', cMapPacked: true, standardFontDataUrl: '/pdfjs/standard_fonts/', wasmUrl: '/pdfjs/wasm/', iccUrl: '/pdfjs/iccs/' })
          .promise.then((pdf) => {
            viewer.setDocument(pdf);
            linkService.setDocument(pdf, null);
          })
          .catch((error: unknown) => state.errors.push(`open: ${String(error)}`));
      },
      showPage: (n) => {
        viewer.currentPageNumber = n;
      },
      isDrawn: (n) => finished(viewer.getPageView(n - 1)),
    };
    page.stockBench = state;

    const checkFirstPixels = () => {
      const div = viewer.getPageView(0)?.div;
      if (state.firstPixels !== null || !div) return;
      for (const canvas of div.querySelectorAll('canvas') as Iterable<PageCanvas>) {
        if (canvas.isConnected && showsInk(canvas, container)) {
          state.firstPixels = performance.now();
          return;
        }
      }
    };
    const everyFrame = () => {
      checkFirstPixels();
      if (state.firstPixels === null) page.requestAnimationFrame(everyFrame);
    };

    eventBus.on('pagesinit', () => {
      viewer.currentScaleValue = setup.scale;
    });
    eventBus.on('pagerendered', (event) => {
      if (event.error) state.errors.push(`page ${event.pageNumber}: ${event.error.message}`);
      if (event.pageNumber !== 1 || event.cssTransform) return;
      // A drawn page is on screen even where the window shows only blank paper.
      state.firstPixels ??= performance.now();
      const view = viewer.getPageView(0);
      if (state.sharp === null && view && isSharp(view)) state.sharp = performance.now();
    });

    if (setup.pdfUrl !== null) {
      state.open(setup.pdfUrl);
      state.openedAt = 0;
    }
  };
}
