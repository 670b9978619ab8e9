import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { corpusFile } from '../support/corpus';
import { libraryJourney } from './harness/library-journey';
import { inkRatio } from './harness/pixels';
import { screenshot } from './harness/screenshots';
import { runCli } from './harness/serve';
import {
  documentTitled,
  elementTag,
  likeness,
  openRendered,
  pageBox,
  pageInUrl,
  pageView,
  previewPixels,
  resetView,
  sharpLayers,
  shownZoom,
  stageGeometry,
  tagElement,
  waitForPageState,
  type Box,
  type ListedDocument,
} from './harness/viewer';

/** Chicopee Weekly, 10 May 1856: CCITT G4 scans of 7200 × 9600 pixels, 18 × 24 inches. */
const ISSUE = 'newspaper-fixtures/pdf-batch-1856-sn93059126/1856051001.pdf';
/** Room the stage leaves around a fitted page, in CSS pixels. */
const MARGIN = 16;

/** Where a point of the page (in fractions of the page) is on screen. */
const onScreen = (box: Box, fx: number, fy: number) => ({ x: box.x + fx * box.width, y: box.y + fy * box.height });

/** The new detail canvas: drawn (the page is sharp again) and not the one tagged before. */
async function freshDetail(page: Page): Promise<{ state: string | null; count: number; tagged: boolean }> {
  const details = page.getByTestId('page-detail');
  const count = await details.count();
  return {
    state: await pageView(page).getAttribute('data-state'),
    count,
    tagged: count === 1 ? (await elementTag(details)) !== undefined : false,
  };
}

/**
 * The detail is the only sharp layer, covers every part of the page in sight, and is no larger
 * than the viewport and a quarter of it on each side, at the screen's pixel ratio.
 */
async function expectDetailForView(page: Page): Promise<void> {
  const layers = await sharpLayers(page);
  expect(layers.map((l) => l.kind)).toEqual(['page-detail']);
  const [detail] = layers;
  if (!detail) return;
  const stage = await stageGeometry(page);
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  expect(detail.width).toBeLessThanOrEqual(Math.ceil(stage.width * 1.5 * ratio) + 2);
  expect(detail.height).toBeLessThanOrEqual(Math.ceil(stage.height * 1.5 * ratio) + 2);
  const box = await pageBox(page);
  // Never the whole page: at most the viewport and its margins, in CSS pixels too.
  expect(detail.part.width * box.width).toBeLessThanOrEqual(stage.width * 1.5 + 2);
  expect(detail.part.height * box.height).toBeLessThanOrEqual(stage.height * 1.5 + 2);
  const drawn = { left: box.x + detail.part.x * box.width, top: box.y + detail.part.y * box.height };
  const right = drawn.left + detail.part.width * box.width;
  const bottom = drawn.top + detail.part.height * box.height;
  expect(drawn.left).toBeLessThanOrEqual(Math.max(stage.x, box.x) + 1);
  expect(drawn.top).toBeLessThanOrEqual(Math.max(stage.y, box.y) + 1);
  expect(right).toBeGreaterThanOrEqual(Math.min(stage.x + stage.width, box.x + box.width) - 1);
  expect(bottom).toBeGreaterThanOrEqual(Math.min(stage.y + stage.height, box.y + box.height) - 1);
}

describe('the viewer zooms and pans a 7200 × 9600 newspaper page', () => {
  const journey = libraryJourney(async (library) => {
    const imported = await runCli(['import', '--library', library, corpusFile(ISSUE)]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
  });
  let issue: ListedDocument;
  let grid: { width: number; height: number };
  beforeAll(async () => {
    issue = await documentTitled(journey, '1856051001');
    grid = issue.pages[0] ?? { width: 0, height: 0 };
    expect(grid).toEqual({ width: 7200, height: 9600 });
  });
  // The turn is saved with the document; every journey here starts upright.
  beforeEach(() => resetView(journey, issue.id));

  it('fits the width, and the toolbar and the keys set the zoom and the size of the page', async () => {
    const page = await openRendered(journey, issue.id);
    const stage = await stageGeometry(page);
    const fitWidth = await pageBox(page);
    expect(fitWidth.width).toBeCloseTo(stage.width - 2 * MARGIN, 0);
    expect(await shownZoom(page)).toBe(Math.round((fitWidth.width / grid.width) * 100));
    // The page is its scan alone: the preview made from it holds every pixel the screen asks for, and pdf.js draws nothing.
    // Shown first as prefetched (all 1600 pixels across), it settles to the size shown.
    expect(await sharpLayers(page)).toEqual([]);
    await expect.poll(() => previewPixels(page)).toBe(Math.round(fitWidth.width));
    expect(await inkRatio(page.getByTestId('page-preview'))).toBeGreaterThan(0.02);
    await screenshot(page, 'viewer-1856-fit-width');

    // A step zoom keeps the page point at the centre of the stage where it was.
    const centre = { x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 };
    const fx = (centre.x - fitWidth.x) / fitWidth.width;
    const fy = (centre.y - fitWidth.y) / fitWidth.height;

    const zoomsTo = async (percent: number) => {
      await expect.poll(() => shownZoom(page)).toBe(percent);
      const box = await pageBox(page);
      expect(box.width).toBeCloseTo((grid.width * percent) / 100, 0);
      expect(box.height).toBeCloseTo((grid.height * percent) / 100, 0);
    };
    await page.getByTestId('tool-zoom-in').click();
    await zoomsTo(20);
    const kept = onScreen(await pageBox(page), fx, fy);
    expect(Math.abs(kept.x - centre.x)).toBeLessThan(2);
    expect(Math.abs(kept.y - centre.y)).toBeLessThan(2);
    // 1440 pixels across: still within the 1600 of the preview, decoded again wider, not stretched.
    await waitForPageState(page, 'rendered');
    expect(await previewPixels(page)).toBe(1440);
    expect(await sharpLayers(page)).toEqual([]);
    await page.keyboard.press('Control+=');
    await zoomsTo(25);
    // 1800 across: past the preview, so pdf.js draws the page.
    await waitForPageState(page, 'rendered');
    expect(await sharpLayers(page)).toEqual([{ kind: 'page-canvas', width: 1800, height: 2400, part: { x: 0, y: 0, width: 1, height: 1 } }]);
    await page.getByTestId('tool-zoom-out').click();
    await zoomsTo(20);
    await page.keyboard.press('Control+-');
    await zoomsTo(15);
    await page.getByTestId('tool-actual-size').click();
    await zoomsTo(100);
    await page.keyboard.press('Control+0');
    await expect.poll(async () => (await pageBox(page)).height).toBeCloseTo(stage.height - 2 * MARGIN, 0);
    const fitPage = await pageBox(page);
    await expect.poll(() => shownZoom(page)).toBe(Math.round((fitPage.height / grid.height) * 100));
    await page.keyboard.press('Control+1');
    await zoomsTo(100);
    await page.keyboard.press('Control+2');
    await expect.poll(async () => (await pageBox(page)).width).toBeCloseTo(fitWidth.width, 0);
    await page.getByTestId('tool-fit-page').click();
    await expect.poll(async () => (await pageBox(page)).height).toBeCloseTo(fitPage.height, 0);
    await page.getByTestId('tool-fit-width').click();
    await expect.poll(async () => (await pageBox(page)).width).toBeCloseTo(fitWidth.width, 0);
  });

  it('zooms with Ctrl + wheel around the pointer, and scrolls with the wheel alone', async () => {
    const page = await openRendered(journey, issue.id);
    const stage = await stageGeometry(page);
    const pointer = { x: stage.x + stage.width * 0.7, y: stage.y + stage.height * 0.4 };
    await page.mouse.move(pointer.x, pointer.y);

    const wheelKeepsThePoint = async (deltaY: number) => {
      const before = await pageBox(page);
      const fx = (pointer.x - before.x) / before.width;
      const fy = (pointer.y - before.y) / before.height;
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, deltaY);
      await page.keyboard.up('Control');
      await expect.poll(async () => (await pageBox(page)).width).not.toBeCloseTo(before.width, 0);
      const after = await pageBox(page);
      expect(Math.sign(after.width - before.width)).toBe(-Math.sign(deltaY));
      const point = onScreen(after, fx, fy);
      expect(Math.abs(point.x - pointer.x)).toBeLessThan(3);
      expect(Math.abs(point.y - pointer.y)).toBeLessThan(3);
      // The zoom shown follows the page's new size a frame later.
      await expect.poll(() => shownZoom(page)).toBe(Math.round((after.width / grid.width) * 100));
    };
    await wheelKeepsThePoint(-300);
    await wheelKeepsThePoint(120);

    const zoom = await shownZoom(page);
    const { scrollTop } = await stageGeometry(page);
    await page.mouse.wheel(0, 400);
    await expect.poll(async () => (await stageGeometry(page)).scrollTop).toBeGreaterThan(scrollTop + 100);
    expect(await shownZoom(page)).toBe(zoom);
  });

  it('at pdf.js’s 400 % draws only the part in sight, and draws the new part after a pan', async () => {
    // pdf.js's 400 %: CSS width = 4 × the page's width in points × 96/72.
    const pdf = await PDFDocument.load(await readFile(corpusFile(ISSUE)), { updateMetadata: false });
    const cssWidth = 4 * pdf.getPage(0).getWidth() * (96 / 72);
    const zoom = cssWidth / grid.width;
    const page = await openRendered(journey, issue.id, 1, zoom);
    expect(await shownZoom(page)).toBe(Math.round(zoom * 100));
    const box = await pageBox(page);
    expect(box.width).toBeCloseTo(cssWidth, 0);
    expect(box.height).toBeCloseTo(grid.height * zoom, 0);
    await expectDetailForView(page);
    expect(await page.getByTestId('page-preview').count()).toBe(1);

    // Arrow keys pan by a tenth of the viewport; past the drawn margin the new part is drawn.
    const stage = await stageGeometry(page);
    await tagElement(page.getByTestId('page-detail'), 'first');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await stageGeometry(page)).scrollTop).toBeCloseTo(stage.scrollTop + 0.5 * stage.height, -1);
    await expect.poll(() => freshDetail(page)).toEqual({ state: 'rendered', count: 1, tagged: false });
    await expectDetailForView(page);

    // The page is wider than the stage: the arrows pan across instead of turning the page.
    const across = await stageGeometry(page);
    await tagElement(page.getByTestId('page-detail'), 'second');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await stageGeometry(page)).scrollLeft).toBeCloseTo(across.scrollLeft + 0.4 * across.width, -1);
    expect(pageInUrl(page)).toBe(1);
    await expect.poll(() => freshDetail(page)).toEqual({ state: 'rendered', count: 1, tagged: false });
    await expectDetailForView(page);

    // A drag moves the page with the pointer (whole pixels per step here; see the slow drag below).
    const dragged = await stageGeometry(page);
    await tagElement(page.getByTestId('page-detail'), 'third');
    const start = { x: Math.round(dragged.x + dragged.width * 0.8), y: Math.round(dragged.y + dragged.height * 0.8) };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 300, start.y - 200, { steps: 4 });
    await page.mouse.up();
    const moved = await stageGeometry(page);
    expect(Math.abs(moved.scrollLeft - dragged.scrollLeft - 300)).toBeLessThan(1);
    expect(Math.abs(moved.scrollTop - dragged.scrollTop - 200)).toBeLessThan(1);
    await expect.poll(() => freshDetail(page)).toEqual({ state: 'rendered', count: 1, tagged: false });
    await expectDetailForView(page);
  });

  it('draws the detail exactly over the preview it sharpens, upright and at every quarter turn', async () => {
    const page = await openRendered(journey, issue.id, 1, 0.5);
    const stage = page.getByTestId('page-stage');
    const detail = page.getByTestId('page-detail');
    for (const degrees of [0, 90, 180, 270]) {
      if (degrees > 0) {
        await tagElement(detail, `before ${degrees}`);
        await page.keyboard.press('r');
        await expect.poll(() => page.getByTestId('viewer').getAttribute('data-rotation')).toBe(String(degrees));
      }
      await stage.evaluate((scroller) => scroller.scrollTo(1000, 1200));
      // The scroll reaches the viewer a moment after it is made: until then the detail drawn before it may still look fresh.
      await expect
        .poll(async () => {
          const fresh = await freshDetail(page);
          if (fresh.state !== 'rendered' || fresh.count !== 1 || fresh.tagged) return false;
          return expectDetailForView(page).then(
            () => true,
            () => false,
          );
        })
        .toBe(true);
      const sharp = await stage.screenshot();
      // What the page looks like with only the preview made at import: the same, blurred.
      await detail.evaluate((canvas) => (canvas.style.visibility = 'hidden'));
      const preview = await stage.screenshot();
      await detail.evaluate((canvas) => (canvas.style.visibility = ''));
      expect(await likeness(sharp, preview), `at ${degrees}°`).toBeGreaterThan(0.97);
    }
  });

  it('draws for the screen’s pixel ratio: twice the pixels on a 2× screen', async () => {
    const page = await journey.open(`#/doc/${issue.id}/page/1`);
    const stage = await stageGeometry(page);
    // A HiDPI screen, emulated by Chromium itself; the reload makes the viewer start on it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 2, mobile: false });
    await page.reload();
    await waitForPageState(page, 'rendered');
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(2);
    const box = await pageBox(page);
    expect(await sharpLayers(page)).toEqual([
      { kind: 'page-canvas', width: Math.round(2 * box.width), height: Math.round(2 * box.height), part: { x: 0, y: 0, width: 1, height: 1 } },
    ]);
    // At actual pixels the part in sight is drawn at two device pixels per CSS pixel, still bounded.
    await page.keyboard.press('Control+1');
    await expect.poll(() => freshDetail(page)).toEqual({ state: 'rendered', count: 1, tagged: false });
    await expectDetailForView(page);
    const [detail] = await sharpLayers(page);
    const full = await pageBox(page);
    expect(detail && detail.width / (detail.part.width * full.width)).toBeCloseTo(2, 2);
    expect(detail && detail.width).toBeGreaterThan(stage.width * 2);
  });

  it('follows a slow drag whose steps are smaller than a pixel', async () => {
    const page = await openRendered(journey, issue.id, 1, 0.5);
    await page.getByTestId('page-stage').evaluate((scroller) => scroller.scrollTo(500, 500));
    const before = await stageGeometry(page);
    const start = { x: Math.round(before.x + before.width / 2), y: Math.round(before.y + before.height / 2) };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    // A trackpad, a pen or a scaled screen reports the pointer in fractions of a CSS pixel.
    await page.mouse.move(start.x - 40, start.y - 40, { steps: 100 });
    await page.mouse.up();
    const after = await stageGeometry(page);
    expect(Math.abs(after.scrollLeft - before.scrollLeft - 40)).toBeLessThan(2);
    expect(Math.abs(after.scrollTop - before.scrollTop - 40)).toBeLessThan(2);
  });

  it('shows the masthead sharp at 400 % (screenshot for review)', async () => {
    const pdf = await PDFDocument.load(await readFile(corpusFile(ISSUE)), { updateMetadata: false });
    const zoom = (4 * pdf.getPage(0).getWidth() * (96 / 72)) / grid.width;
    const page = await openRendered(journey, issue.id, 1, zoom);
    const stage = await stageGeometry(page);
    await tagElement(page.getByTestId('page-detail'), 'top-left');
    // The foot of the masthead and the dateline ("CHICOPEE, MASS., SATURDAY, MAY 10, 1856") in the middle of the stage.
    const target = { x: MARGIN + 0.45 * grid.width * zoom - stage.width / 2, y: MARGIN + 0.12 * grid.height * zoom - stage.height / 2 };
    await page.getByTestId('page-stage').evaluate((scroller, { x, y }) => scroller.scrollTo(x, y), target);
    await expect.poll(() => freshDetail(page)).toEqual({ state: 'rendered', count: 1, tagged: false });
    await expectDetailForView(page);
    expect(await inkRatio(page.getByTestId('page-detail'))).toBeGreaterThan(0.02);
    await screenshot(page, 'viewer-1856-400-percent');
  });
});
