import type { PlacedPage } from './page-layout';

/** A part of a page in fractions of its box (0–1), so it stays put while the zoom changes. */
export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ScrollBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The part of a page the viewport shows, widened by `margin` of the viewport on each side so a
 * small pan stays sharp; null when the page is out of sight.
 */
export function visiblePart(page: PlacedPage, view: ScrollBox, margin = 0.25): PageRect | null {
  const padX = view.width * margin;
  const padY = view.height * margin;
  const left = Math.max(page.left, view.left - padX);
  const right = Math.min(page.left + page.width, view.left + view.width + padX);
  const top = Math.max(page.top, view.top - padY);
  const bottom = Math.min(page.top + page.height, view.top + view.height + padY);
  if (right <= left || bottom <= top) return null;
  return {
    x: (left - page.left) / page.width,
    y: (top - page.top) / page.height,
    width: (right - left) / page.width,
    height: (bottom - top) / page.height,
  };
}

/** True when `inner` lies within `outer` (both in page fractions). */
export function covers(outer: PageRect, inner: PageRect): boolean {
  const e = 1e-6;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.width <= outer.x + outer.width + e && inner.y + inner.height <= outer.y + outer.height + e;
}
