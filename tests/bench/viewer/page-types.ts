/**
 * The few browser and pdf.js-viewer members that the bench's page-side functions touch. The
 * bench is Node code, type-checked without DOM types on purpose, so the functions Playwright
 * runs in a page reach the page's globals through these narrow types instead.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ClientRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface PageElement {
  readonly isConnected: boolean;
  getAttribute(name: string): string | null;
  matches(selectors: string): boolean;
  querySelectorAll(selectors: string): Iterable<PageElement>;
  getBoundingClientRect(): ClientRect;
}

export interface PageCanvas extends PageElement {
  width: number;
  height: number;
  getContext(kind: '2d', options: { willReadFrequently: boolean }): Canvas2d | null;
}

export interface Canvas2d {
  drawImage(image: PageCanvas, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void;
  getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray };
}

export interface MutationEntry {
  type: 'attributes' | 'childList' | 'characterData';
  target: unknown;
  addedNodes: Iterable<unknown>;
}

export interface PageGlobals {
  document: {
    getElementById(id: string): PageElement | null;
    createElement(tag: 'canvas'): PageCanvas;
  };
  location: { hash: string };
  requestAnimationFrame(callback: () => void): number;
  MutationObserver: new (callback: (records: MutationEntry[]) => void) => {
    observe(target: unknown, options: { subtree: boolean; childList: boolean; attributes: boolean; attributeFilter: string[] }): void;
  };
  /** Element, to tell elements from the other nodes a mutation adds. */
  Element: abstract new () => PageElement;
}

/** What pdf.js's `pagerendered` event carries (web/base_pdf_page_view.js). */
export interface PageRenderedEvent {
  pageNumber: number;
  cssTransform: boolean;
  error: Error | null;
}

export interface StockEventBus {
  on(name: 'pagesinit', listener: () => void): void;
  on(name: 'pagerendered', listener: (event: PageRenderedEvent) => void): void;
}

export interface StockRenderable {
  renderingState: number;
}

export interface StockPageView extends StockRenderable {
  div: PageElement;
  /** pdf.js's detail view: the visible area at full resolution when the whole page would exceed maxCanvasPixels. */
  detailView: StockRenderable | null;
}

export interface StockViewer {
  currentScaleValue: string;
  currentPageNumber: number;
  getPageView(index: number): StockPageView | undefined;
  setDocument(pdf: PDFDocumentProxy): void;
}

export interface StockLinkService {
  setViewer(viewer: StockViewer): void;
  setDocument(pdf: PDFDocumentProxy, baseUrl: null): void;
}

/** `pdfjs-dist/legacy/web/pdf_viewer.mjs`, which puts itself on `globalThis.pdfjsViewer`. */
export interface StockViewerModule {
  EventBus: new () => StockEventBus;
  PDFLinkService: new (options: { eventBus: StockEventBus }) => StockLinkService;
  PDFViewer: new (options: { container: PageElement; eventBus: StockEventBus; linkService: StockLinkService }) => StockViewer;
  RenderingStates: { FINISHED: number };
}
