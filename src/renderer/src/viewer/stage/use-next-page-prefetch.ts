import { useCallback, useRef } from 'react';
import type { ScrollMode } from '../../../../shared/domain/view';
import type { Size } from '../geometry/size';
import type { ZoomMode } from '../geometry/zoom';
import { prefetchPage } from './prefetch-page';

/** An idle moment is waited for at most this long: the reader may turn the page soon. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Paging through an issue one page at a time: once a page is drawn sharp, the page the reader is
 * heading for (the next one, or the one before when paging back) has its asset and preview
 * fetched and decoded while the reader reads, so the turn shows it at once. Only files are made
 * ready; pdf.js draws no page before it is on screen. The preview is decoded as wide as the page
 * just drawn is shown, in proportion to the two pages' widths: at the same zoom, that is its size.
 */
export function useNextPagePrefetch(docId: string, pages: readonly Size[], mode: ScrollMode, zoom: ZoomMode): (page: number, shownWidth: number) => void {
  const last = useRef<number | null>(null);
  // Kept while the reader stays on a page: drawn again there (a zoom), it is still heading the same way.
  const backwards = useRef(false);
  return useCallback(
    (page: number, shownWidth: number) => {
      if (last.current !== null && page !== last.current) backwards.current = page < last.current;
      last.current = page;
      const next = backwards.current ? page - 1 : page + 1;
      const [from, to] = [pages[page], pages[next]];
      if (mode !== 'single' || !from || !to) return;
      const width = (shownWidth * to.width) / from.width;
      requestIdleCallback(() => prefetchPage(docId, next, zoom, width), { timeout: IDLE_TIMEOUT_MS });
    },
    [docId, pages, mode, zoom],
  );
}
