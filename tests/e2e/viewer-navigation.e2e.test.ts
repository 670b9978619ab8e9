import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { corpusFile } from '../support/corpus';
import { libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';
import { runCli } from './harness/serve';
import {
  documentTitled,
  mountedPages,
  openRendered,
  pageBox,
  pageInUrl,
  pageView,
  resetView,
  savedView,
  stageGeometry,
  viewRoute,
  waitForPageState,
} from './harness/viewer';

/** Lessig's Free Culture: 352 pages, the longest document of the corpus. */
const BOOK = 'pdfjs/freeculture.pdf';
const PAGES = 352;
/** Continuous mode mounts the pages within a screen of the viewport: a handful, never the book. */
const FEW = 5;

/** The viewer is on page n: the URL, the go-to-page field, the current thumbnail, the page drawn. */
async function expectOnPage(page: Page, n: number): Promise<void> {
  await expect.poll(() => pageInUrl(page)).toBe(n);
  // The URL changes first; the toolbar follows in the next render.
  await expect.poll(() => page.getByTestId('go-to-page').inputValue()).toBe(String(n));
  expect(await page.getByTestId('page-indicator').textContent()).toBe(`of ${PAGES}`);
  await expect.poll(() => page.locator('[data-testid^="thumbnail-"][aria-current="page"]').getAttribute('data-testid')).toBe(`thumbnail-${n}`);
  await waitForPageState(page, 'rendered', n);
}

/** Waits until the stage has stopped scrolling (wheel scrolling is animated). */
async function scrollSettled(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(async () => {
      const { scrollTop } = await stageGeometry(page);
      const still = scrollTop === last;
      last = scrollTop;
      return still;
    }, { interval: 150 })
    .toBe(true);
}

describe('the viewer moves through a 352-page book', () => {
  const journey = libraryJourney(async (library) => {
    const imported = await runCli(['import', '--library', library, corpusFile(BOOK)]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
  });
  let book = '';
  beforeAll(async () => {
    book = (await documentTitled(journey, 'freeculture')).id;
  });
  beforeEach(() => resetView(journey, book));

  it('turns pages with the buttons, the keys, the page field and the thumbnails', async () => {
    const page = await openRendered(journey, book);
    await expectOnPage(page, 1);
    expect(await page.getByTestId('previous-page').isDisabled()).toBe(true);

    await page.getByTestId('next-page').click();
    await expectOnPage(page, 2);
    await page.getByTestId('previous-page').click();
    await expectOnPage(page, 1);
    await page.keyboard.press('PageDown');
    await expectOnPage(page, 2);
    await page.keyboard.press('PageUp');
    await expectOnPage(page, 1);
    // At fit width nothing lies across to pan to, so the side arrows turn the page.
    await page.keyboard.press('ArrowRight');
    await expectOnPage(page, 2);
    await page.keyboard.press('ArrowLeft');
    await expectOnPage(page, 1);
    await page.getByTestId('tool-last-page').click();
    await expectOnPage(page, PAGES);
    expect(await page.getByTestId('next-page').isDisabled()).toBe(true);
    await page.getByTestId('tool-first-page').click();
    await expectOnPage(page, 1);

    const field = page.getByTestId('go-to-page');
    await field.fill('200');
    await field.press('Enter');
    await expectOnPage(page, 200);
    // A page the book does not have leaves the reader where they were.
    await field.fill('999');
    await field.press('Enter');
    await expect.poll(() => field.inputValue()).toBe('200');
    expect(pageInUrl(page)).toBe(200);
    // Ctrl+G puts the caret in the field.
    await page.keyboard.press('Control+g');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('go-to-page');
    await page.keyboard.type('17');
    await page.keyboard.press('Enter');
    await expectOnPage(page, 17);

    await page.getByTestId('thumbnail-19').click();
    await expectOnPage(page, 19);
    // The browser's history walks back through the pages turned.
    await page.goBack();
    await expectOnPage(page, 17);

    // F4 hides the thumbnails, and the page, fitted to the width, takes their room.
    const narrow = await pageBox(page);
    await page.keyboard.press('F4');
    await page.getByTestId('thumbnail-sidebar').waitFor({ state: 'detached' });
    await expect.poll(async () => (await pageBox(page)).width).toBeGreaterThan(narrow.width + 100);
    await page.getByTestId('tool-toggle-sidebar').click();
    await page.getByTestId('thumbnail-sidebar').waitFor();
    await expect.poll(async () => (await pageBox(page)).width).toBeCloseTo(narrow.width, 0);
  });

  it('opens a link to the document itself at its first page', async () => {
    const page = await journey.open(`#/doc/${book}`);
    await page.waitForURL(`**/#/doc/${book}/page/1`);
    await waitForPageState(page, 'rendered', 1);
  });

  it('draws the page before it fills the thumbnail strip, whose place is kept meanwhile', async () => {
    const page = await journey.open('#/');
    await page.locator('[data-testid="library-card"], [data-testid="library-row"]').first().waitFor();
    // When the viewer, the page drawn sharp and the strip each first appear, and the page's width at each.
    const seen = page.evaluate(
      () =>
        new Promise<{ viewer: number; rendered: number; strip: number; widthRendered: number; widthStrip: number }>((resolve) => {
          const at: Partial<Record<'viewer' | 'rendered' | 'strip' | 'widthRendered' | 'widthStrip', number>> = {};
          const width = () => document.querySelector('[data-testid="page-view"]')?.getBoundingClientRect().width ?? 0;
          const observer = new MutationObserver(() => {
            const now = performance.now();
            if (at.viewer === undefined && document.querySelector('[data-testid="viewer"]')) at.viewer = now;
            if (at.rendered === undefined && document.querySelector('[data-testid="page-view"][data-state="rendered"]')) [at.rendered, at.widthRendered] = [now, width()];
            if (at.strip === undefined && document.querySelector('[data-testid="thumbnail-sidebar"]')) [at.strip, at.widthStrip] = [now, width()];
            const { viewer, rendered, strip, widthRendered, widthStrip } = at;
            if (viewer === undefined || rendered === undefined || strip === undefined || widthRendered === undefined || widthStrip === undefined) return;
            observer.disconnect();
            resolve({ viewer, rendered, strip, widthRendered, widthStrip });
          });
          observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
        }),
    );
    await page.evaluate((route) => (location.hash = route), viewRoute(book));
    const { viewer, rendered, strip, widthRendered, widthStrip } = await seen;
    // The strip waits for the page, or for a second when the page is slow to come.
    expect(strip >= rendered || strip - viewer >= 1000, `strip at ${strip} ms, page drawn at ${rendered} ms, viewer at ${viewer} ms`).toBe(true);
    expect(widthStrip).toBe(widthRendered);
    await expectOnPage(page, 1);
  });

  it('makes the next page ready while the reader reads a page, and only the next one', async () => {
    const page = await journey.open('#/');
    const previews = new Set<number>();
    page.on('request', (request) => {
      const asked = new RegExp(`^/pages/${book}/(\\d+)/preview$`).exec(new URL(request.url()).pathname);
      if (asked) previews.add(Number(asked[1]));
    });
    await page.goto(`${journey.served().url}${viewRoute(book)}`);
    await waitForPageState(page, 'rendered', 1);
    // Page indexes are 0-based in the URLs of page files: 1 is the second page.
    await expect.poll(() => [...previews].sort()).toEqual([0, 1]);
    await page.keyboard.press('PageDown');
    await waitForPageState(page, 'rendered', 2);
    await expect.poll(() => [...previews].sort()).toEqual([0, 1, 2]);
  });

  it('goes from the first page to the last at once with End, and back with Home', async () => {
    const page = await openRendered(journey, book);
    const started = Date.now();
    await page.keyboard.press('End');
    await waitForPageState(page, 'rendered', PAGES);
    expect(Date.now() - started).toBeLessThan(3000);
    await expectOnPage(page, PAGES);
    await page.keyboard.press('Home');
    await expectOnPage(page, 1);
  });

  it('scrolls continuously with only the pages in sight mounted, the URL following the page', async () => {
    const page = await openRendered(journey, book);
    await page.keyboard.press('c');
    await expect.poll(() => page.getByTestId('viewer').getAttribute('data-mode')).toBe('continuous');
    expect((await mountedPages(page)).length).toBeLessThanOrEqual(FEW);

    const stage = await stageGeometry(page);
    await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 1000);
    await expect.poll(() => pageInUrl(page)).toBeGreaterThan(3);
    await scrollSettled(page);
    const reached = pageInUrl(page);
    const mounted = await mountedPages(page);
    expect(mounted.length).toBeLessThanOrEqual(FEW);
    expect(mounted).toContain(reached);
    await expect.poll(() => page.getByTestId('go-to-page').inputValue()).toBe(String(reached));

    // The end of the stage is the end of the book (Ctrl+End scrolls the focused stage there).
    await page.getByTestId('page-stage').focus();
    await page.keyboard.press('Control+End');
    await expect.poll(() => pageInUrl(page)).toBe(PAGES);
    await waitForPageState(page, 'rendered', PAGES);
    expect((await mountedPages(page)).length).toBeLessThanOrEqual(FEW);

    // A thumbnail brings its page's top into sight.
    await page.getByTestId(`thumbnail-${PAGES - 2}`).click();
    await expectOnPage(page, PAGES - 2);
    const top = await pageBox(page, PAGES - 2);
    const now = await stageGeometry(page);
    expect(top.y).toBeGreaterThanOrEqual(now.y);
    expect(top.y).toBeLessThan(now.y + 40);

    // At fit page several pages are in sight at once, each drawn (screenshot for review).
    await page.keyboard.press('Control+0');
    await expect.poll(async () => (await mountedPages(page)).length).toBeGreaterThan(2);
    await expect.poll(() => pageView(page).evaluateAll((views) => views.every((v) => v.getAttribute('data-state') === 'rendered'))).toBe(true);
    expect((await mountedPages(page)).length).toBeLessThanOrEqual(FEW);
    await screenshot(page, 'viewer-continuous-with-sidebar');

    // The mode is the document's: saved with it.
    await expect.poll(async () => (await savedView(journey, book)).mode).toBe('continuous');
  });

  it('opens a link to a page of a book kept in continuous mode at that page, and again after a reload', async () => {
    await journey.call('setViewSettings', { docId: book, view: { ...(await savedView(journey, book)), mode: 'continuous' } });
    const page = await journey.open(viewRoute(book, 200));
    // A page drawn takes a second or two; ten say it was never put in sight.
    await waitForPageState(page, 'rendered', 200, 10_000);
    expect(await page.getByTestId('viewer').getAttribute('data-mode')).toBe('continuous');
    const atTop = async () => {
      const stage = await stageGeometry(page);
      const box = await pageBox(page, 200);
      return box.y >= stage.y && box.y < stage.y + 40;
    };
    expect(await atTop()).toBe(true);
    await page.reload();
    await waitForPageState(page, 'rendered', 200, 10_000);
    expect(pageInUrl(page)).toBe(200);
    expect(await atTop()).toBe(true);
  });
});
