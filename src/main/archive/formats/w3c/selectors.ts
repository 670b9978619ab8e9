import type { Point, Shape } from '../../../../shared/domain/annotations';

type Rect = Extract<Shape, { type: 'rect' }>;

/**
 * A rectangle as media-fragment pixels, `x,y,w,h`. The pixel form takes whole numbers only, so
 * edges are rounded outward: the fragment may grow by under a pixel but never cuts the region.
 */
export function pixelBox(rect: Rect): string {
  const left = Math.floor(rect.x);
  const top = Math.floor(rect.y);
  return `${left},${top},${Math.ceil(rect.x + rect.width) - left},${Math.ceil(rect.y + rect.height) - top}`;
}

/** An outline as the SVG an SvgSelector holds: one polygon in the page's pixels, exactly as stored. */
export const svgPolygon = (points: readonly Point[]): string =>
  `<svg xmlns="http://www.w3.org/2000/svg"><polygon points="${points.map(([x, y]) => `${x},${y}`).join(' ')}"/></svg>`;
