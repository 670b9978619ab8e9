import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../e2e/harness/chromium';
import { figure, type Figure } from '../report';
import { quantile } from '../stats';
import { assertNoErrors, openBenchPage } from '../viewer/bench-page';
import { progress } from '../viewer/progress';
import { openRegionLibrary, REGION_COUNT, type RegionLibrary } from './region-library';

const REPETITIONS = 5;
/** Pointer moves in one drag, sent as fast as the browser takes them. */
const DRAG_STEPS = 120;
/** 60 frames a second. */
const FRAME_BUDGET_MS = 1000 / 60;

/** The page's globals the functions run in it touch (the bench is type-checked without DOM types). */
interface Globals {
  regionFrames?: number[];
  regionRecording?: boolean;
  localStorage: { setItem(key: string, value: string): void };
  document: { querySelector(selector: string): unknown; querySelectorAll(selector: string): { length: number } };
  performance: { now(): number };
  requestAnimationFrame(run: (at: number) => void): number;
}


/** Opens the page with the transcription panel on; gives the milliseconds from navigation until every region is drawn over a rendered page. */
async function openPage(page: Page, library: RegionLibrary, n: number): Promise<number> {
  await page.addInitScript(() => {
    const { localStorage } = globalThis as unknown as Globals;
    localStorage.setItem('muragat.viewer.transcribe', 'on');
    localStorage.setItem('muragat.author', 'bench');
  });
  await page.goto(`${library.url}#/doc/${library.docId}/page/${n}?zoom=fit-page`);
  const expected = library.regionsOn(n);
  const handle = await page.waitForFunction(
    ({ count }) => {
      const { document, performance } = globalThis as unknown as Globals;
      const regions = document.querySelectorAll('[data-testid="region"]').length;
      const rendered = document.querySelector('[data-testid="page-view"][data-state="rendered"]');
      return regions >= count && rendered ? performance.now() : false;
    },
    { count: expected },
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Drags one region across the page and gives the intervals between the frames drawn meanwhile. */
async function dragFrames(page: Page): Promise<number[]> {
  const regions = page.getByTestId('region');
  const target = regions.nth(Math.floor((await regions.count()) / 2));
  const box = await target.boundingBox();
  if (!box) throw new Error('the region to drag is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.click(x, y);
  await page.waitForFunction(() => (globalThis as unknown as Globals).document.querySelector('[data-testid="region"][data-selected="true"]') !== null);
  await page.evaluate(() => {
    const globals = globalThis as unknown as Globals;
    globals.regionFrames = [];
    globals.regionRecording = true;
    const tick = (at: number) => {
      if (!globals.regionRecording) return;
      globals.regionFrames?.push(at);
      globals.requestAnimationFrame(tick);
    };
    globals.requestAnimationFrame(tick);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 150, y + 100, { steps: DRAG_STEPS });
  await page.mouse.up();
  const stamps = await page.evaluate(() => {
    const globals = globalThis as unknown as Globals;
    globals.regionRecording = false;
    return globals.regionFrames ?? [];
  });
  return stamps.slice(1).map((at, i) => at - (stamps[i] ?? at));
}

async function measure(browser: Browser, library: RegionLibrary, n: number): Promise<{ open: number; frames: number[] }> {
  const bench = await openBenchPage(browser);
  try {
    const open = await openPage(bench.page, library, n);
    const frames = await dragFrames(bench.page);
    assertNoErrors(bench, `page ${n} with regions`);
    return { open, frames };
  } finally {
    await bench.close();
  }
}

/**
 * A page with 500 regions against a like page with two, in one run: time until every region is
 * drawn over the rendered page, and the frame intervals while a region is dragged (the target
 * is 60 fps: a p95 interval of 16.7 ms).
 */
export async function regionPageFigures(): Promise<Figure[]> {
  const library = await openRegionLibrary();
  const browser = await launchChromium();
  try {
    const crowded = { open: [] as number[], frames: [] as number[] };
    const sparse = { open: [] as number[], frames: [] as number[] };
    for (let round = 0; round < REPETITIONS; round++) {
      progress(`regions page, round ${round + 1} of ${REPETITIONS}`);
      for (const [n, into] of round % 2 === 0 ? ([[library.crowdedPage, crowded], [library.sparsePage, sparse]] as const) : ([[library.sparsePage, sparse], [library.crowdedPage, crowded]] as const)) {
        const result = await measure(browser, library, n);
        into.open.push(result.open);
        into.frames.push(...result.frames);
      }
    }
    const baseline = `the same viewer, a like page with ${library.regionsOn(library.sparsePage)} regions`;
    return [
      figure(`page with ${REGION_COUNT} regions: open until all drawn (median)`, 'ms', quantile(crowded.open, 0.5), { name: baseline, value: quantile(sparse.open, 0.5) }),
      figure(`page with ${REGION_COUNT} regions: frame interval while dragging, p50`, 'ms', quantile(crowded.frames, 0.5), { name: baseline, value: quantile(sparse.frames, 0.5) }),
      figure(`page with ${REGION_COUNT} regions: frame interval while dragging, p95`, 'ms', quantile(crowded.frames, 0.95), { name: baseline, value: quantile(sparse.frames, 0.95) }),
      // The 60 fps, against the budget itself: a frame's jitter of a tenth of a millisecond shows as 1.01×.
      figure(`page with ${REGION_COUNT} regions: frame interval while dragging, p99`, 'ms', quantile(crowded.frames, 0.99), { name: '60 fps frame budget', value: FRAME_BUDGET_MS, target: 1 }),
    ];
  } finally {
    await browser.close();
    await library.close();
  }
}
