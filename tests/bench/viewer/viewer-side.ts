import type { Browser } from 'playwright-core';
import type { BenchZoom } from './bench-zoom';
import type { ViewerPdf } from './viewer-pdfs';

/** ms since the file was asked for (navigation, or the open in a running viewer), on the page's own clock. */
export interface FirstPageTimes {
  firstPixels: number;
  sharp: number;
}

/** A PDF open at fit width that the bench pages through one page at a time. */
export interface PagingSession {
  /** Goes to the page next to the current one and waits until it is drawn sharp. */
  showPage(n: number): Promise<void>;
  close(): Promise<void>;
}

/** A viewer under test: ours or pdf.js's stock one, driven the same way. */
export interface ViewerSide {
  name: string;
  /** Opens page 1 in a fresh context and times it from the page's navigation (the app starting with it). */
  firstPage(browser: Browser, pdf: ViewerPdf, zoom: BenchZoom): Promise<FirstPageTimes>;
  /** Loads the viewer empty in a fresh context, then opens page 1 and times it from that moment. */
  firstPageInRunningViewer(browser: Browser, pdf: ViewerPdf, zoom: BenchZoom): Promise<FirstPageTimes>;
  /** Opens a PDF at fit width with page 1 drawn. */
  openForPaging(browser: Browser, pdf: ViewerPdf): Promise<PagingSession>;
}

/** Long enough for pdf.js to decode a 7200×9600 fax page at 400 % on a slow machine; a hang still ends. */
export const FIRST_PAGE_TIMEOUT_MS = 120_000;
export const PAGE_TURN_TIMEOUT_MS = 30_000;
