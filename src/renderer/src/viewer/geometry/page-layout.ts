import type { Size } from './size';
import { PAGE_MARGIN } from './zoom';

/** Vertical space between pages in continuous scroll. */
export const PAGE_GAP = 16;

export interface PlacedPage {
  index: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** CSS pixels per grid pixel for this page. */
  zoom: number;
}

export interface StageLayout {
  width: number;
  height: number;
  pages: PlacedPage[];
}

/**
 * Places pages (already turned, at their own zoom) one under another, each centred across the
 * viewport or starting at the margin when wider than it. Single-page mode passes one page.
 */
export function layoutPages(pages: readonly { index: number; size: Size; zoom: number }[], viewportWidth: number): StageLayout {
  const widest = Math.max(0, ...pages.map((p) => p.size.width * p.zoom));
  const width = Math.max(viewportWidth, widest + 2 * PAGE_MARGIN);
  let top = PAGE_MARGIN;
  const placed = pages.map(({ index, size, zoom }) => {
    const w = size.width * zoom;
    const h = size.height * zoom;
    const page = { index, left: Math.max(PAGE_MARGIN, (width - w) / 2), top, width: w, height: h, zoom };
    top += h + PAGE_GAP;
    return page;
  });
  return { width, height: top - PAGE_GAP + PAGE_MARGIN, pages: placed };
}

/** Pages that meet the band [top, bottom] of the stage, found by binary search (pages are in order). */
export function pagesInBand(layout: StageLayout, top: number, bottom: number): PlacedPage[] {
  const { pages } = layout;
  let lo = 0;
  let hi = pages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const page = pages[mid];
    if (page && page.top + page.height < top) lo = mid + 1;
    else hi = mid;
  }
  const found: PlacedPage[] = [];
  for (let i = lo; i < pages.length; i++) {
    const page = pages[i];
    if (!page || page.top > bottom) break;
    found.push(page);
  }
  return found;
}

/** The page under a horizontal line of the stage (the viewport's middle): the one a reader is on. */
export function pageAtLine(layout: StageLayout, y: number): PlacedPage | undefined {
  const [hit] = pagesInBand(layout, y, y);
  return hit ?? layout.pages.find((p) => p.top >= y) ?? layout.pages.at(-1);
}
