import { useCallback, useEffect, useState } from 'react';

/** Past this, what waits for the first page comes anyway (a page that failed is never drawn). */
const LONGEST_WAIT_MS = 1000;

/**
 * For what should come after the page the reader opened (the sidebar's thumbnails): false until
 * a page of the stage is first drawn sharp, or a second has gone by. Rendered with the page, the
 * thumbnail strip held its first pixels back by about 20 ms (a sixth of the time to show it).
 */
export function useAfterFirstPage(): { ready: boolean; onPageRendered: () => void } {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setReady(true), LONGEST_WAIT_MS);
    return () => clearTimeout(timer);
  }, [ready]);
  const onPageRendered = useCallback(() => setReady(true), []);
  return { ready, onPageRendered };
}
