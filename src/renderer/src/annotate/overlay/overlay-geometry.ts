import type { Point, Shape } from '../../../../shared/domain/annotations';
import type { Rotation } from '../../../../shared/domain/view';
import { shapeBounds, type PageSize } from '../../../../shared/geometry/shape-check';

/** A box in grid pixels. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The eight grips around a shape's box, by compass point (n is the page's top, upright). */
export type Handle = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';
export const HANDLES: readonly Handle[] = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'];

export type RectShape = Extract<Shape, { type: 'rect' }>;

/** A resize never makes a side shorter than this (grid pixels): checkShape's smallest region. */
const MIN_EXTENT = 1;

/** Hundredths of a grid pixel: finer than any scan shows, and stored numbers stay short. */
export const round2 = (value: number): number => Math.round(value * 100) / 100;

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/** A grid point kept on the page and rounded, so every edit lands inside the page. */
export function clampPoint([x, y]: Point, grid: PageSize): Point {
  return [round2(clamp(x, grid.width)), round2(clamp(y, grid.height))];
}

/** Moves a whole shape, stopping at the page's edges so it keeps its size and form. */
export function moveShape(shape: Shape, dx: number, dy: number, grid: PageSize): Shape {
  const box = shapeBounds(shape);
  const mx = Math.max(Math.min(dx, grid.width - box.x - box.width), -box.x);
  const my = Math.max(Math.min(dy, grid.height - box.y - box.height), -box.y);
  if (shape.type === 'rect') return { ...shape, x: round2(clamp(shape.x + mx, grid.width)), y: round2(clamp(shape.y + my, grid.height)) };
  return { type: 'polygon', points: shape.points.map(([x, y]) => clampPoint([x + mx, y + my], grid)) };
}

/** One axis of a resize: the fixed side, and how far the dragged side now stands from it (signed). */
interface AxisResize {
  anchor: number;
  /** The dragged side's distance from the anchor, as it was and as it is now. */
  from: number;
  to: number;
}

/** Which side of an axis a grip drags; null when the grip leaves that axis alone. */
function axisResize(low: number, size: number, target: number, dragsLow: boolean, dragsHigh: boolean): AxisResize | null {
  if (!dragsLow && !dragsHigh) return null;
  const anchor = dragsLow ? low + size : low;
  const from = dragsLow ? -size : size;
  let to = target - anchor;
  // Never thinner than a pixel: a side dragged onto its opposite stays a pixel past it, on the side it came from.
  if (Math.abs(to) < MIN_EXTENT) to = (Math.sign(to) || Math.sign(from)) * MIN_EXTENT;
  return { anchor, from, to };
}

/** The two axis resizes a grip makes when dragged to `point` (already on the page). */
function gripResize(box: Bounds, handle: Handle, point: Point) {
  return {
    x: axisResize(box.x, box.width, point[0], handle.includes('w'), handle.includes('e')),
    y: axisResize(box.y, box.height, point[1], handle.includes('n'), handle.includes('s')),
  };
}

/**
 * Drags a rectangle's grip to a grid point. The opposite side stays put; dragged past it, the
 * rectangle turns over and grows the other way (its grip is then the opposite one).
 */
export function resizeRect(shape: RectShape, handle: Handle, point: Point, grid: PageSize): RectShape {
  const [px, py] = clampPoint(point, grid);
  const { x, y } = gripResize(shape, handle, [px, py]);
  const span = (axis: AxisResize | null, low: number, size: number, max: number) => {
    if (!axis) return { low, size };
    const a = axis.anchor;
    const b = axis.anchor + axis.to;
    const start = clamp(Math.min(a, b), max - MIN_EXTENT);
    return { low: round2(start), size: round2(Math.min(Math.abs(b - a), max - start)) };
  };
  const sx = span(x, shape.x, shape.width, grid.width);
  const sy = span(y, shape.y, shape.height, grid.height);
  return { type: 'rect', x: sx.low, y: sy.low, width: sx.size, height: sy.size };
}

/**
 * Drags a grip of a polygon's box: every point is stretched about the opposite side, so the
 * outline keeps its form; dragged past that side, it is mirrored.
 */
export function scalePolygon(points: readonly Point[], handle: Handle, point: Point, grid: PageSize): Point[] {
  const box = shapeBounds({ type: 'polygon', points: [...points] });
  const { x, y } = gripResize(box, handle, clampPoint(point, grid));
  const stretch = (value: number, axis: AxisResize | null) => (axis && axis.from !== 0 ? axis.anchor + ((value - axis.anchor) * axis.to) / axis.from : value);
  return points.map(([px, py]) => clampPoint([stretch(px, x), stretch(py, y)], grid));
}

/** Puts one point of an outline somewhere else on the page. */
export function moveVertex(points: readonly Point[], index: number, point: Point, grid: PageSize): Point[] {
  return points.map((p, i) => (i === index ? clampPoint(point, grid) : p));
}

/** Adds a point to an outline on the edge that starts at `edgeIndex`. */
export function insertVertex(points: readonly Point[], edgeIndex: number, point: Point): Point[] {
  const at = edgeIndex + 1;
  return [...points.slice(0, at), [round2(point[0]), round2(point[1])], ...points.slice(at)];
}

/** Takes a point out of an outline; null when that would leave fewer than three (no outline at all). */
export function removeVertex(points: readonly Point[], index: number): Point[] | null {
  if (points.length <= 3 || index < 0 || index >= points.length) return null;
  return points.filter((_, i) => i !== index);
}

/** The edge of a closed outline nearest to a point, and the spot on it nearest: where a double-click adds a point. */
export function nearestEdge(points: readonly Point[], [px, py]: Point): { index: number; point: Point; distance: number } | null {
  let best: { index: number; point: Point; distance: number } | null = null;
  points.forEach(([ax, ay], index) => {
    const [bx, by] = points[(index + 1) % points.length] ?? [ax, ay];
    const length2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = length2 === 0 ? 0 : Math.min(Math.max(((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length2, 0), 1);
    const point: Point = [ax + t * (bx - ax), ay + t * (by - ay)];
    const distance = Math.hypot(px - point[0], py - point[1]);
    if (!best || distance < best.distance) best = { index, point, distance };
  });
  return best;
}

/** Drops points that repeat the one before within `tolerance` (a double-click lands twice), including the last onto the first. */
export function dropRepeats(points: readonly Point[], tolerance: number): Point[] {
  const near = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]) <= tolerance;
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (!last || !near(last, point)) kept.push(point);
  }
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (kept.length > 1 && first && last && near(first, last)) kept.pop();
  return kept;
}

/** The rectangle between where a drag began and where it is, whichever way it went. */
export function rectFromDrag(a: Point, b: Point): RectShape {
  return {
    type: 'rect',
    x: round2(Math.min(a[0], b[0])),
    y: round2(Math.min(a[1], b[1])),
    width: round2(Math.abs(b[0] - a[0])),
    height: round2(Math.abs(b[1] - a[1])),
  };
}

/** A printed line's outline from a drag (its box, clockwise from top left) and its baseline along the bottom. */
export function lineFromDrag(a: Point, b: Point): { polygon: Point[]; baseline: Point[] } {
  const { x, y, width, height } = rectFromDrag(a, b);
  const right = round2(x + width);
  const bottom = round2(y + height);
  return {
    polygon: [
      [x, y],
      [right, y],
      [right, bottom],
      [x, bottom],
    ],
    baseline: [
      [x, bottom],
      [right, bottom],
    ],
  };
}

/** Where each grip sits on a box: corners and the middles of the sides. */
export function handlePositions(box: Bounds): Record<Handle, Point> {
  const { x, y, width, height } = box;
  const cx = x + width / 2;
  const cy = y + height / 2;
  const right = x + width;
  const bottom = y + height;
  return { n: [cx, y], ne: [right, y], e: [right, cy], se: [right, bottom], s: [cx, bottom], sw: [x, bottom], w: [x, cy], nw: [x, y] };
}

/** Where a grid point lands in the turned page, in grid pixels (the overlay's viewBox): the same turn as CSS rotate() about the top left, moved back into the box. */
export function turnPoint([x, y]: Point, grid: PageSize, rotation: Rotation): Point {
  switch (rotation) {
    case 0:
      return [x, y];
    case 90:
      return [grid.height - y, x];
    case 180:
      return [grid.width - x, grid.height - y];
    case 270:
      return [y, grid.width - x];
  }
}

/** The SVG transform that puts grid coordinates into the turned viewBox (see turnPoint). */
export function gridTransform(grid: PageSize, rotation: Rotation): string | undefined {
  switch (rotation) {
    case 0:
      return undefined;
    case 90:
      return `translate(${grid.height} 0) rotate(90)`;
    case 180:
      return `translate(${grid.width} ${grid.height}) rotate(180)`;
    case 270:
      return `translate(0 ${grid.width}) rotate(270)`;
  }
}

/** The corner of a box that the reader sees at its top left once the page is turned: where its number goes. */
export function badgePosition(box: Bounds, grid: PageSize, rotation: Rotation): Point {
  const corners: Point[] = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x + box.width, box.y + box.height],
    [box.x, box.y + box.height],
  ];
  const score = (corner: Point) => {
    const [sx, sy] = turnPoint(corner, grid, rotation);
    return sx + sy;
  };
  return corners.reduce((best, corner) => (score(corner) < score(best) ? corner : best));
}

/** Screen pixels per grid pixel: what keeps grips and numbers the same size at every zoom. */
export function screenScale(box: PageSize, grid: PageSize, rotation: Rotation): number {
  const turned = rotation === 90 || rotation === 270 ? { width: grid.height, height: grid.width } : grid;
  if (turned.width <= 0 || turned.height <= 0) return 1;
  return Math.min(box.width / turned.width, box.height / turned.height);
}

/** A move the reader means on screen (an arrow key) as a move in the page's grid, for a turned page. */
export function screenDeltaToGrid(dx: number, dy: number, rotation: Rotation): Point {
  switch (rotation) {
    case 0:
      return [dx, dy];
    case 90:
      return [dy, -dx];
    case 180:
      return [-dx, -dy];
    case 270:
      return [-dy, dx];
  }
}

/** The grip as the reader sees it on a turned page (the page's n grip is on the right after a quarter turn), for its cursor. */
export function turnHandle(handle: Handle, rotation: Rotation): Handle {
  const index = HANDLES.indexOf(handle);
  return HANDLES[(index + rotation / 45) % HANDLES.length] ?? handle;
}

/** A point kept inside a box (a line's corner inside its region), and whether it had to be moved. */
export function clampToBox([x, y]: Point, box: Bounds): { point: Point; moved: boolean } {
  const cx = Math.min(Math.max(x, box.x), box.x + box.width);
  const cy = Math.min(Math.max(y, box.y), box.y + box.height);
  return { point: [round2(cx), round2(cy)], moved: cx !== x || cy !== y };
}
