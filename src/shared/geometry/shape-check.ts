import type { Point, Shape } from '../domain/annotations';

export interface PageSize {
  width: number;
  height: number;
}

/** Why a shape cannot be a region. */
export type ShapeProblem = 'degenerate' | 'self-intersecting';

export interface CheckedShape {
  shape: Shape;
  /** The shape reached past the page and was cut back to its edges. */
  clamped: boolean;
  problem: ShapeProblem | null;
}

/** Smaller than this (in grid pixels, each way) a region marks nothing a reader could see. */
const MIN_EXTENT = 1;

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/** A polygon's area by the shoelace formula (positive either way round). */
export function polygonArea(points: readonly Point[]): number {
  let twice = 0;
  points.forEach(([x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length] ?? [x, y];
    twice += x * ny - nx * y;
  });
  return Math.abs(twice) / 2;
}

const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Whether segments ab and cd cross at a point inside both (touching ends do not count). */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Whether any two edges that do not share a corner cross (a bow-tie outline). */
export function selfIntersects(points: readonly Point[]): boolean {
  const n = points.length;
  const at = (i: number): Point => points[i % n] ?? [0, 0];
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsCross(at(i), at(i + 1), at(j), at(j + 1))) return true;
    }
  }
  return false;
}

/** The box around a shape. */
export function shapeBounds(shape: Shape): { x: number; y: number; width: number; height: number } {
  if (shape.type === 'rect') return { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
  const xs = shape.points.map(([x]) => x);
  const ys = shape.points.map(([, y]) => y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * Cuts a shape back to the page and says whether it can be a region: not empty, not a line,
 * not a polygon whose edges cross. Used by the editor as it draws and by the engine as it saves.
 */
export function checkShape(shape: Shape, page: PageSize): CheckedShape {
  if (shape.type === 'rect') {
    const x = clamp(shape.x, page.width);
    const y = clamp(shape.y, page.height);
    const right = clamp(shape.x + shape.width, page.width);
    const bottom = clamp(shape.y + shape.height, page.height);
    const clamped = x !== shape.x || y !== shape.y || right !== shape.x + shape.width || bottom !== shape.y + shape.height;
    const width = right - x;
    const height = bottom - y;
    const problem = width < MIN_EXTENT || height < MIN_EXTENT ? 'degenerate' : null;
    return { shape: { type: 'rect', x, y, width: Math.max(width, Number.MIN_VALUE), height: Math.max(height, Number.MIN_VALUE) }, clamped, problem };
  }
  const points = shape.points.map(([x, y]): Point => [clamp(x, page.width), clamp(y, page.height)]);
  const clamped = shape.points.some(([x, y]) => x !== clamp(x, page.width) || y !== clamp(y, page.height));
  const box = shapeBounds({ type: 'polygon', points });
  // Crossing is asked before area: a bow-tie's two halves cancel out in the shoelace sum.
  const problem: ShapeProblem | null =
    box.width < MIN_EXTENT || box.height < MIN_EXTENT ? 'degenerate' : selfIntersects(points) ? 'self-intersecting' : polygonArea(points) < MIN_EXTENT ? 'degenerate' : null;
  return { shape: { type: 'polygon', points }, clamped, problem };
}
