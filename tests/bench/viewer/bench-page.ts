import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors so far; a measurement with any is not trusted. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A fresh browser context (empty cache, nothing shared with earlier measurements) with the
 * same window for both viewers: 1280×900 CSS pixels at device pixel ratio 1.
 */
export async function openBenchPage(browser: Browser): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'en-US' });
  // tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(fn, "name")`;
  // the functions this bench runs in the page carry those calls with them.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors, close: () => context.close() };
}

/** Throws with the page's errors, naming what was being measured, if there were any. */
export function assertNoErrors(bench: BenchPage, what: string): void {
  if (bench.errors.length > 0) throw new Error(`${what}: the page reported errors:\n${bench.errors.join('\n')}`);
}
