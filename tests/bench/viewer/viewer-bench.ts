import { chromiumPath } from '../../e2e/harness/chromium';
import type { Figure } from '../report';
import { firstPageFigures } from './first-page-bench';
import { memoryFigures } from './memory-bench';
import { openOurLibrary } from './our-library';
import { pageTurnFigures } from './page-turn-bench';
import { ourSide } from './our-side';
import { progress } from './progress';
import { startStockServer } from './stock-server';
import { stockSide } from './stock-side';
import { viewerPdfs } from './viewer-pdfs';

/**
 * The viewer against pdf.js's own viewer components on the same files, side by side in one run
 * in Chromium: first pixels and sharp page 1 at fit width and 400 %, page turns through the
 * 1856 issue, and memory after paging a 352-page book. Needs the built app (`npm run build`), Chromium and the shared corpus.
 */
export async function viewerFigures(): Promise<Figure[]> {
  const pdfs = await viewerPdfs();
  // Said now, not after the minute the import takes.
  chromiumPath();
  const all = [pdfs.g4, pdfs.jpeg, pdfs.book];
  const stockServer = await startStockServer(all);
  try {
    progress('importing the files into a temporary library');
    const library = await openOurLibrary(all);
    try {
      const ours = ourSide(library);
      const stock = stockSide(stockServer);
      const firstPage = await firstPageFigures(ours, stock, [pdfs.g4, pdfs.jpeg]);
      const pageTurns = await pageTurnFigures(ours, stock, pdfs.g4);
      return [...firstPage, ...pageTurns, ...(await memoryFigures(ours, stock, pdfs.book))];
    } finally {
      await library.close();
    }
  } finally {
    await stockServer.close();
  }
}
