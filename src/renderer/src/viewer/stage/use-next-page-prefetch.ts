import { useCallback } from 'react';
import type { ScrollMode } from '../../../../shared/domain/view';
import type { ZoomMode } from '../geometry/zoom';
import { prefetchPage } from './prefetch-page';

/** An idle moment is waited for at most this long: the reader may turn the page soon. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Paging through an issue one page at a time: once a page is drawn sharp, the next page's asset
 * and preview are fetched and decoded while the reader reads it, so the turn shows the next page
 * at once. Only files are made ready; pdf.js draws no page before it is on screen.
 */
export function useNextPagePrefetch(docId: string, pageCount: number, mode: ScrollMode, zoom: ZoomMode): (page: number) => void {
  return useCallback(
    (page: number) => {
      if (mode !== 'single' || page + 1 >= pageCount) return;
      requestIdleCallback(() => prefetchPage(docId, page + 1, zoom), { timeout: IDLE_TIMEOUT_MS });
    },
    [docId, pageCount, mode, zoom],
  );
}
