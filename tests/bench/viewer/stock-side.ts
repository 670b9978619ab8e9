import { assertNoErrors, openBenchPage, type BenchPage } from './bench-page';
import { stockScale } from './bench-zoom';
import type { StockServer } from './stock-server';
import { installStockViewer, type StockPageGlobals } from './stock-viewer-page';
import { untilQuiet } from './until-quiet';
import { FIRST_PAGE_TIMEOUT_MS, PAGE_TURN_TIMEOUT_MS, type ViewerSide } from './viewer-side';

const recorded = (bench: BenchPage) =>
  bench.page.evaluate(() => {
    const { openedAt, firstPixels, sharp, errors } = (globalThis as unknown as StockPageGlobals).stockBench;
    return { openedAt, firstPixels, sharp, errors };
  });

/** Loads the stock viewer; with a file, opens it with the page, else the viewer waits empty. */
async function openStock(bench: BenchPage, server: StockServer, pdfUrl: string | null, scale: string): Promise<void> {
  await bench.page.addInitScript(installStockViewer, { pdfUrl, scale });
  await bench.page.goto(server.url);
  if (pdfUrl === null) {
    await bench.page.waitForFunction(() => (globalThis as unknown as Partial<StockPageGlobals>).stockBench !== undefined, undefined, { timeout: FIRST_PAGE_TIMEOUT_MS });
    return;
  }
  await untilSharp(bench);
}

async function untilSharp(bench: BenchPage): Promise<void> {
  await bench.page.waitForFunction(
    () => {
      const state = (globalThis as unknown as Partial<StockPageGlobals>).stockBench;
      return state !== undefined && (state.sharp !== null || state.errors.length > 0);
    },
    undefined,
    { timeout: FIRST_PAGE_TIMEOUT_MS },
  );
  const { errors } = await recorded(bench);
  bench.errors.push(...errors);
}

/** pdf.js's own viewer components (pdfjs-dist/legacy/web/pdf_viewer.mjs) in our page, on our static server. */
export function stockSide(server: StockServer): ViewerSide {
  return {
    name: 'pdf.js stock viewer (pdf_viewer), same file',
    async firstPage(browser, pdf, zoom) {
      const bench = await openBenchPage(browser);
      try {
        await openStock(bench, server, server.pdfUrl(pdf), stockScale(zoom));
        const { firstPixels, sharp } = await recorded(bench);
        assertNoErrors(bench, `pdf.js stock viewer, ${pdf.name} at ${zoom}`);
        if (firstPixels === null || sharp === null) throw new Error(`pdf.js stock viewer, ${pdf.name} at ${zoom}: page 1 never became sharp`);
        return { firstPixels, sharp };
      } finally {
        await bench.close();
      }
    },
    async firstPageInRunningViewer(browser, pdf, zoom) {
      const bench = await openBenchPage(browser);
      try {
        await openStock(bench, server, null, stockScale(zoom));
        await untilQuiet(bench.page, FIRST_PAGE_TIMEOUT_MS);
        await bench.page.evaluate((url) => (globalThis as unknown as StockPageGlobals).stockBench.open(url), server.pdfUrl(pdf));
        await untilSharp(bench);
        const { openedAt, firstPixels, sharp } = await recorded(bench);
        assertNoErrors(bench, `pdf.js stock viewer, ${pdf.name} at ${zoom}, opened in the running viewer`);
        if (firstPixels === null || sharp === null) throw new Error(`pdf.js stock viewer, ${pdf.name} at ${zoom}: page 1 never became sharp`);
        return { firstPixels: firstPixels - openedAt, sharp: sharp - openedAt };
      } finally {
        await bench.close();
      }
    },
    async openForPaging(browser, pdf) {
      const bench = await openBenchPage(browser);
      await openStock(bench, server, server.pdfUrl(pdf), stockScale('fit-width'));
      assertNoErrors(bench, `pdf.js stock viewer, ${pdf.name}`);
      return {
        async showPage(n) {
          await bench.page.evaluate((page) => (globalThis as unknown as StockPageGlobals).stockBench.showPage(page), n);
          await bench.page.waitForFunction((page) => (globalThis as unknown as StockPageGlobals).stockBench.isDrawn(page), n, { timeout: PAGE_TURN_TIMEOUT_MS });
          assertNoErrors(bench, `pdf.js stock viewer, ${pdf.name} page ${n}`);
        },
        close: () => bench.close(),
      };
    },
  };
}
