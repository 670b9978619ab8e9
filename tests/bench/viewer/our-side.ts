import type { Page } from 'playwright-core';
import { assertNoErrors, openBenchPage } from './bench-page';
import { ourZoom } from './bench-zoom';
import type { OurLibrary } from './our-library';
import type { PageGlobals } from './page-types';
import { recordPageStates, type PageStateEntry, type PageStateGlobals } from './page-states';
import { untilQuiet } from './until-quiet';
import { FIRST_PAGE_TIMEOUT_MS, PAGE_TURN_TIMEOUT_MS, type ViewerSide } from './viewer-side';

interface PageWait {
  docId: string;
  page: number;
  /** Only log entries from this index on count: what happened after the bench asked. */
  from: number;
}

/**
 * Waits until the URL names the page and a view of it (its `data-page`, or the one view of a
 * viewer that shows one page and carries none) reached `rendered` or `failed`; returns the log.
 */
async function untilSettled(page: Page, wait: PageWait, timeout: number): Promise<PageStateEntry[]> {
  await page.waitForFunction(
    ({ docId, page: n, from }) => {
      const onPage = new RegExp(`^#/doc/${docId}/page/${n}(\\?|$)`).test((globalThis as unknown as PageGlobals).location.hash);
      const log = (globalThis as unknown as Partial<PageStateGlobals>).pageStates ?? [];
      return onPage && log.slice(from).some((e) => (e.page === null || e.page === String(n)) && (e.state === 'rendered' || e.state === 'failed'));
    },
    wait,
    { timeout },
  );
  const log = await page.evaluate(() => (globalThis as unknown as PageStateGlobals).pageStates);
  const mine = log.slice(wait.from).filter((e) => e.page === null || e.page === String(wait.page));
  if (mine.some((e) => e.state === 'failed')) throw new Error(`our viewer: page ${wait.page} of ${wait.docId} failed`);
  return mine;
}

/** Muragat's viewer, in Chromium against the real `muragat serve`. */
export function ourSide(library: OurLibrary): ViewerSide {
  const open = async (page: Page, docId: string, zoom: string) => {
    await page.addInitScript(recordPageStates);
    await page.goto(`${library.url}#/doc/${docId}/page/1?zoom=${zoom}`);
    return untilSettled(page, { docId, page: 1, from: 0 }, FIRST_PAGE_TIMEOUT_MS);
  };
  return {
    name: 'Muragat viewer',
    async firstPage(browser, pdf, zoom) {
      const bench = await openBenchPage(browser);
      try {
        const log = await open(bench.page, library.documentId(pdf), ourZoom(zoom, pdf, library.gridWidth(pdf)));
        assertNoErrors(bench, `our viewer, ${pdf.name} at ${zoom}`);
        const shown = log.find((e) => e.state === 'preview' || e.state === 'rendered');
        const sharp = log.find((e) => e.state === 'rendered');
        if (!shown || !sharp) throw new Error(`our viewer, ${pdf.name} at ${zoom}: page 1 never reached "rendered"`);
        return { firstPixels: shown.at, sharp: sharp.at };
      } finally {
        await bench.close();
      }
    },
    async firstPageInRunningViewer(browser, pdf, zoom) {
      const bench = await openBenchPage(browser);
      try {
        await bench.page.addInitScript(recordPageStates);
        await bench.page.goto(`${library.url}#/`);
        await bench.page.locator('[data-testid="library-card"], [data-testid="library-row"]').first().waitFor({ timeout: FIRST_PAGE_TIMEOUT_MS });
        await untilQuiet(bench.page, FIRST_PAGE_TIMEOUT_MS);
        const docId = library.documentId(pdf);
        // As a click on the document in the library does: the app is running, the document is new to it.
        const openedAt = await bench.page.evaluate((hash) => {
          const at = performance.now();
          (globalThis as unknown as PageGlobals).location.hash = hash;
          return at;
        }, `#/doc/${docId}/page/1?zoom=${ourZoom(zoom, pdf, library.gridWidth(pdf))}`);
        const log = await untilSettled(bench.page, { docId, page: 1, from: 0 }, FIRST_PAGE_TIMEOUT_MS);
        assertNoErrors(bench, `our viewer, ${pdf.name} at ${zoom}, opened in the running app`);
        const shown = log.find((e) => e.state === 'preview' || e.state === 'rendered');
        const sharp = log.find((e) => e.state === 'rendered');
        if (!shown || !sharp) throw new Error(`our viewer, ${pdf.name} at ${zoom}: page 1 never reached "rendered"`);
        return { firstPixels: shown.at - openedAt, sharp: sharp.at - openedAt };
      } finally {
        await bench.close();
      }
    },
    async openForPaging(browser, pdf) {
      const bench = await openBenchPage(browser);
      const docId = library.documentId(pdf);
      await open(bench.page, docId, 'fit-width');
      let current = 1;
      return {
        async showPage(n) {
          if (Math.abs(n - current) !== 1) throw new Error(`our viewer pages one page at a time (from ${current} to ${n} asked)`);
          const from = await bench.page.evaluate(() => (globalThis as unknown as PageStateGlobals).pageStates.length);
          await bench.page.keyboard.press(n > current ? 'PageDown' : 'PageUp');
          await untilSettled(bench.page, { docId, page: n, from }, PAGE_TURN_TIMEOUT_MS);
          assertNoErrors(bench, `our viewer, ${pdf.name} page ${n}`);
          current = n;
        },
        close: () => bench.close(),
      };
    },
  };
}
