import { launchChromium } from '../../e2e/harness/chromium';
import { figure, type Figure } from '../report';
import { quantile } from '../stats';
import { progress } from './progress';
import type { ViewerPdf } from './viewer-pdfs';
import type { ViewerSide } from './viewer-side';

/** Passes 1→last→1 through the file. */
const PASSES = 3;

interface TurnTimes {
  /** Turns to a page this viewer had not shown yet. */
  unseen: number[];
  /** Turns back to a page it had shown before. */
  seen: number[];
}

/**
 * Wall time from asking for the next page to that page drawn sharp at fit width, one page after
 * the other as a reader pages through an issue (each turn as soon as the page before is sharp),
 * for each side in a browser of its own. Both sides pay the same driving cost per turn (one call
 * into the page, then polling for the page's state).
 */
async function turnTimes(side: ViewerSide, pdf: ViewerPdf): Promise<TurnTimes> {
  const browser = await launchChromium();
  try {
    const session = await side.openForPaging(browser, pdf);
    const times: TurnTimes = { unseen: [], seen: [] };
    const shown = new Set([1]);
    const route = [...Array.from({ length: pdf.pageCount - 1 }, (_, i) => i + 2), ...Array.from({ length: pdf.pageCount - 1 }, (_, i) => pdf.pageCount - 1 - i)];
    for (let pass = 1; pass <= PASSES; pass++) {
      progress(`${side.name}, page turns, pass ${pass} of ${PASSES}`);
      for (const n of route) {
        const started = performance.now();
        await session.showPage(n);
        (shown.has(n) ? times.seen : times.unseen).push(performance.now() - started);
        shown.add(n);
      }
    }
    await session.close();
    return times;
  } finally {
    await browser.close();
  }
}

/**
 * Page turns through an issue, ours against pdf.js's: the median turn to a page not shown yet
 * (pdf.js draws it; ours shows the preview that is the page) and back to one shown before
 * (pdf.js keeps the last pages it drew; ours decodes the preview again).
 */
export async function pageTurnFigures(ours: ViewerSide, stock: ViewerSide, issue: ViewerPdf): Promise<Figure[]> {
  const theirs = await turnTimes(stock, issue);
  const mine = await turnTimes(ours, issue);
  const what = `${issue.label}, ${issue.pageCount} pages paged 1→${issue.pageCount}→1 at fit width`;
  return [
    figure(`viewer page turn to sharp, a page not shown before (median): ${what}`, 'ms', quantile(mine.unseen, 0.5), { name: stock.name, value: quantile(theirs.unseen, 0.5) }),
    figure(`viewer page turn to sharp, back to a page shown before (median): ${what}`, 'ms', quantile(mine.seen, 0.5), { name: stock.name, value: quantile(theirs.seen, 0.5) }),
  ];
}
