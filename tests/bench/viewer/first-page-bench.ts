import { launchChromium } from '../../e2e/harness/chromium';
import { figure, type Figure } from '../report';
import { quantile } from '../stats';
import { BENCH_ZOOMS, type BenchZoom } from './bench-zoom';
import { progress } from './progress';
import type { ViewerPdf } from './viewer-pdfs';
import type { FirstPageTimes, ViewerSide } from './viewer-side';

const REPETITIONS = 5;
/** The targets, as our time over pdf.js's: first pixels at least 5× sooner, sharp no slower. */
const FIRST_PIXELS_TARGET = 0.2;
const SHARP_TARGET = 1;

const ZOOM_LABEL: Record<BenchZoom, string> = { 'fit-width': 'fit width', '400%': '400 %' };

/**
 * Time to first visible pixels and to a sharp page 1, ours against pdf.js's stock viewer, for
 * each file at each zoom, timed two ways: from the navigation that starts the app with the file
 * (the app's own start-up included), and from opening the file in the running app, once it has
 * come to rest (the viewer alone: the stock page has loaded pdf.js; ours has loaded it and started
 * its worker, which it does when idle after starting, and fetched the library's thumbnails).
 * Every measurement in a fresh context of one browser, the two viewers interleaved and taking
 * turns to go first, medians of the repetitions.
 */
export async function firstPageFigures(ours: ViewerSide, stock: ViewerSide, pdfs: readonly ViewerPdf[]): Promise<Figure[]> {
  const starts = [
    { label: 'app started with the file', time: (side: ViewerSide) => side.firstPage.bind(side) },
    { label: 'opened in the running app', time: (side: ViewerSide) => side.firstPageInRunningViewer.bind(side) },
  ];
  const cases = starts.flatMap((start) =>
    pdfs.flatMap((pdf) => BENCH_ZOOMS.map((zoom) => ({ start, pdf, zoom, ours: [] as FirstPageTimes[], stock: [] as FirstPageTimes[] }))),
  );
  const browser = await launchChromium();
  try {
    for (let round = 0; round < REPETITIONS; round++) {
      progress(`first page, round ${round + 1} of ${REPETITIONS}`);
      for (const c of cases) {
        const turns = round % 2 === 0 ? ([stock, c.stock, ours, c.ours] as const) : ([ours, c.ours, stock, c.stock] as const);
        turns[1].push(await c.start.time(turns[0])(browser, c.pdf, c.zoom));
        turns[3].push(await c.start.time(turns[2])(browser, c.pdf, c.zoom));
      }
    }
  } finally {
    await browser.close();
  }
  const median = (times: FirstPageTimes[], pick: (t: FirstPageTimes) => number) => quantile(times.map(pick), 0.5);
  return cases.flatMap((c) => {
    const what = `${c.pdf.label}, ${ZOOM_LABEL[c.zoom]}, ${c.start.label}`;
    return [
      figure(`viewer first pixels: ${what}`, 'ms', median(c.ours, (t) => t.firstPixels), { name: stock.name, value: median(c.stock, (t) => t.firstPixels), target: FIRST_PIXELS_TARGET }),
      figure(`viewer sharp page: ${what}`, 'ms', median(c.ours, (t) => t.sharp), { name: stock.name, value: median(c.stock, (t) => t.sharp), target: SHARP_TARGET }),
    ];
  });
}
