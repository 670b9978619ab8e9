import type { Point, Shape } from '../../../../shared/domain/annotations';
import type { PageSize } from '../../../../shared/geometry/shape-check';

/**
 * Outlines as the exchange formats write them (PAGE, ALTO, TEI): whole pixels of the page's grid,
 * on the page. PAGE allows only non-negative integers, and a point past the edge would point at
 * no pixel of the image.
 */

const onGrid = (value: number, max: number): number => Math.min(Math.max(Math.round(value), 0), max);

export const gridPoints = (points: readonly Point[], page: PageSize): Point[] => points.map(([x, y]) => [onGrid(x, page.width), onGrid(y, page.height)]);

/** A shape's outline; a rectangle as its four corners, clockwise from the top left. */
export function outlinePoints(shape: Shape, page: PageSize): Point[] {
  if (shape.type === 'polygon') return gridPoints(shape.points, page);
  const right = shape.x + shape.width;
  const bottom = shape.y + shape.height;
  return gridPoints(
    [
      [shape.x, shape.y],
      [right, shape.y],
      [right, bottom],
      [shape.x, bottom],
    ],
    page,
  );
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around points (at least one). */
export function boxOf(points: readonly Point[]): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** "x1,y1 x2,y2 …": PAGE's points, and the form ALTO 4 and TEI recommend. */
export const pointsText = (points: readonly Point[]): string => points.map(([x, y]) => `${x},${y}`).join(' ');
