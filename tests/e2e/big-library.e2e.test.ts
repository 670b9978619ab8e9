import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeBigLibrary } from '../../scripts/make-big-library';
import { libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';

const COUNT = 10_000;

/** Whether the element lies inside the scroller's visible box. */
const inView = (element: Locator, scroller: Locator) =>
  Promise.all([element.boundingBox(), scroller.boundingBox()]).then(
    ([box, view]) => !!box && !!view && box.y >= view.y - 1 && box.y + box.height <= view.y + view.height + 1,
  );

/** Scrolls a screenful a frame for `frames` frames and returns how long each frame took (ms). */
const frameTimes = (scroller: Locator, frames: number) =>
  scroller.evaluate(async (element, n) => {
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < n; i++) {
      element.scrollTop += element.clientHeight;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times.sort((a, b) => a - b);
  }, frames);

describe('the library view at 10,000 documents', () => {
  const journey = libraryJourney(async (library) => {
    await makeBigLibrary(library, COUNT);
  });

  it('scrolls the list to the end and back with only the visible rows in the page, then thumbnails and filters', async () => {
    const page = await journey.open();
    const started = Date.now();
    const rows = page.getByTestId('library-row');
    await rows.first().waitFor();
    const firstRows = Date.now() - started;
    expect(await page.getByTestId('library-count').textContent()).toBe('10,000 documents');
    await rows.first().locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await screenshot(page, 'library-10k-list');

    const list = page.getByTestId('library-list');
    const scroller = list.locator('.doc-scroller');
    expect(await list.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    expect(await rows.count()).toBeLessThan(60);
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const last = page.locator(`[data-testid="library-row"][aria-rowindex="${COUNT + 1}"]`);
    await last.waitFor();
    await expect.poll(() => inView(last, scroller)).toBe(true);
    expect(await rows.count()).toBeLessThan(60);
    await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
    const first = page.locator('[data-testid="library-row"][aria-rowindex="2"]');
    await first.waitFor();
    await expect.poll(() => inView(first, scroller)).toBe(true);

    // The keyboard reaches the end too, and the focused row is scrolled into view.
    await list.focus();
    await page.keyboard.press('End');
    await expect.poll(() => inView(last, scroller)).toBe(true);
    expect(await last.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await expect.poll(() => inView(first, scroller)).toBe(true);

    const listFrames = await frameTimes(scroller, 90);
    const median = (times: number[]) => times[Math.floor(times.length / 2)] ?? Infinity;
    expect(median(listFrames)).toBeLessThan(50);

    await page.keyboard.press('Escape');
    await page.getByTestId('mode-grid').click();
    const cards = page.getByTestId('library-card');
    await cards.first().waitFor();
    await cards.first().locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await screenshot(page, 'library-10k-grid');
    expect(await cards.count()).toBeLessThan(120);
    const gridScroller = page.getByTestId('library-grid').locator('.doc-scroller');
    await gridScroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect.poll(() => cards.last().evaluate((card) => card.closest('[role="row"]')?.getAttribute('aria-rowindex'))).toBe(
      await page.getByTestId('library-grid').getAttribute('aria-rowcount'),
    );
    const gridFrames = await frameTimes(gridScroller.first(), 60);
    expect(median(gridFrames)).toBeLessThan(50);

    const all = await journey.call<{ metadata: { publication?: string; isoDate?: string } }[]>('listDocuments');
    const expected = all.filter((d) => d.metadata.publication === 'Сарыарқа' && d.metadata.isoDate?.startsWith('1918')).length;
    const filterStarted = Date.now();
    await page.getByTestId('filter-publication').selectOption('Сарыарқа');
    await page.getByTestId('filter-year-from').fill('1918');
    await page.getByTestId('filter-year-to').fill('1918');
    await expect.poll(() => page.getByTestId('library-count').textContent()).toBe(`${expected.toLocaleString('en-US')} of 10,000 documents`);
    const filtered = Date.now() - filterStarted;
    await page.getByTestId('quick-filter').fill('қараша');
    await expect.poll(() => page.getByTestId('library-count').textContent()).not.toBe(`${expected.toLocaleString('en-US')} of 10,000 documents`);
    expect(await cards.first().textContent()).toContain('қараша');

    const summary = (times: number[]) => `median ${median(times).toFixed(1)} ms, worst ${(times.at(-1) ?? 0).toFixed(1)} ms`;
    console.log(
      `10,000 documents: first rows ${firstRows} ms after navigation; list scroll ${summary(listFrames)} a frame; grid scroll ${summary(gridFrames)} a frame; three filters ${filtered} ms`,
    );
  });
});
