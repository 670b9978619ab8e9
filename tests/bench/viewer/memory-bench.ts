import { launchChromium } from '../../e2e/harness/chromium';
import { figure, type Figure } from '../report';
import { progress } from './progress';
import { viewerMemory } from './renderer-memory';
import type { ViewerPdf } from './viewer-pdfs';
import type { ViewerSide } from './viewer-side';

const MIB = 2 ** 20;
/** The targets: at most half of pdf.js's memory, and flat over a second pass. */
const MEMORY_TARGET = 0.5;
const FLATNESS_TARGET = 1.1;

/**
 * Opens a PDF at fit width in a browser of its own (so its processes are this viewer's alone)
 * and hands `measure` a pass: page 1 → last → 1, then the viewer's memory in bytes.
 */
async function paging<T>(side: ViewerSide, pdf: ViewerPdf, measure: (pass: () => Promise<number>) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    const session = await side.openForPaging(browser, pdf);
    let passes = 0;
    const result = await measure(async () => {
      progress(`${side.name}, paging pass ${++passes}`);
      for (let n = 2; n <= pdf.pageCount; n++) await session.showPage(n);
      for (let n = pdf.pageCount - 1; n >= 1; n--) await session.showPage(n);
      return viewerMemory(browser);
    });
    await session.close();
    return result;
  } finally {
    await browser.close();
  }
}

/** Renderer memory after paging through a long book: ours against pdf.js's, and ours over a second pass. */
export async function memoryFigures(ours: ViewerSide, stock: ViewerSide, book: ViewerPdf): Promise<Figure[]> {
  const theirs = await paging(stock, book, (pass) => pass());
  const mine = await paging(ours, book, async (pass) => ({ first: await pass(), second: await pass() }));
  const route = `${book.label} 1→${book.pageCount}→1`;
  return [
    figure(`viewer memory after paging ${route}`, 'MiB', mine.first / MIB, { name: stock.name, value: theirs / MIB, target: MEMORY_TARGET }),
    figure(`viewer memory after a second pass of ${route}`, 'MiB', mine.second / MIB, { name: `${ours.name} after the first pass`, value: mine.first / MIB, target: FLATNESS_TARGET }),
  ];
}
