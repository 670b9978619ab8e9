import type { ScrollBox } from './visible-rect';

/** Room kept around a region brought into view, so it does not sit on the edge. */
const MARGIN = 48;

/**
 * The scroll position that shows `target` (stage pixels) moving as little as possible: nothing
 * when it is already in sight; a target larger than the view shows its top left.
 */
export function scrollToShow(target: { left: number; top: number; width: number; height: number }, view: ScrollBox): { left: number; top: number } {
  const axis = (start: number, size: number, viewStart: number, viewSize: number) => {
    if (start >= viewStart && start + size <= viewStart + viewSize) return viewStart;
    if (size + 2 * MARGIN > viewSize || start < viewStart) return Math.max(0, start - MARGIN);
    return start + size + MARGIN - viewSize;
  };
  return { left: axis(target.left, target.width, view.left, view.width), top: axis(target.top, target.height, view.top, view.height) };
}
