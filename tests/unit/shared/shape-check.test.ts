import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/shared/domain/annotations';
import { checkShape, polygonArea, selfIntersects, shapeBounds } from '../../../src/shared/geometry/shape-check';

const PAGE = { width: 1000, height: 1400 };
const square: Point[] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];
/** An L: concave, simple. */
const ell: Point[] = [
  [0, 0],
  [4, 0],
  [4, 6],
  [10, 6],
  [10, 10],
  [0, 10],
];
const bowTie: Point[] = [
  [0, 0],
  [10, 10],
  [10, 0],
  [0, 10],
];

describe('polygonArea', () => {
  it('measures either way round', () => {
    expect(polygonArea(square)).toBe(100);
    expect(polygonArea([...square].reverse())).toBe(100);
    expect(polygonArea(ell)).toBe(4 * 6 + 10 * 4);
    expect(
      polygonArea([
        [0, 0],
        [6, 0],
        [0, 8],
      ]),
    ).toBe(24);
  });

  it('is zero for points on one line', () => {
    expect(
      polygonArea([
        [0, 0],
        [5, 5],
        [10, 10],
      ]),
    ).toBe(0);
  });
});

describe('selfIntersects', () => {
  it('finds the crossing of a bow-tie', () => {
    expect(selfIntersects(bowTie)).toBe(true);
    // A star drawn in one stroke crosses itself five times.
    const star: Point[] = [0, 2, 4, 1, 3].map((k): Point => [Math.round(100 * Math.sin((2 * Math.PI * k) / 5)), Math.round(-100 * Math.cos((2 * Math.PI * k) / 5))]);
    expect(selfIntersects(star)).toBe(true);
  });

  it('accepts convex and concave outlines, where neighbouring edges only touch at their corner', () => {
    expect(selfIntersects(square)).toBe(false);
    expect(selfIntersects(ell)).toBe(false);
    expect(
      selfIntersects([
        [0, 0],
        [10, 0],
        [5, 5],
      ]),
    ).toBe(false);
  });
});

describe('shapeBounds', () => {
  it('is the rectangle itself, or the box around a polygon', () => {
    expect(shapeBounds({ type: 'rect', x: 3, y: 4, width: 5, height: 6 })).toEqual({ x: 3, y: 4, width: 5, height: 6 });
    expect(
      shapeBounds({
        type: 'polygon',
        points: [
          [30, 12],
          [80, 5],
          [55, 90],
        ],
      }),
    ).toEqual({ x: 30, y: 5, width: 50, height: 85 });
  });
});

describe('checkShape', () => {
  it('leaves a rectangle inside the page alone', () => {
    const rect = { type: 'rect', x: 10, y: 20, width: 300, height: 40 } as const;
    expect(checkShape(rect, PAGE)).toEqual({ shape: rect, clamped: false, problem: null });
  });

  it('cuts a rectangle reaching past the page back to its edges', () => {
    expect(checkShape({ type: 'rect', x: -20, y: 1300, width: 100, height: 200 }, PAGE)).toEqual({
      shape: { type: 'rect', x: 0, y: 1300, width: 80, height: 100 },
      clamped: true,
      problem: null,
    });
  });

  it('calls a rectangle under a pixel, or one wholly off the page, degenerate', () => {
    expect(checkShape({ type: 'rect', x: 10, y: 10, width: 0.5, height: 40 }, PAGE).problem).toBe('degenerate');
    const off = checkShape({ type: 'rect', x: 1200, y: 10, width: 50, height: 40 }, PAGE);
    expect(off.problem).toBe('degenerate');
    // The shape handed back still satisfies the schema (positive sizes), even when refused.
    expect(off.shape).toMatchObject({ type: 'rect', x: 1000 });
    if (off.shape.type === 'rect') expect(off.shape.width).toBeGreaterThan(0);
  });

  it('cuts a polygon back point by point', () => {
    const checked = checkShape(
      {
        type: 'polygon',
        points: [
          [-5, 10],
          [900, 10],
          [1100, 1500],
        ],
      },
      PAGE,
    );
    expect(checked).toEqual({
      shape: {
        type: 'polygon',
        points: [
          [0, 10],
          [900, 10],
          [1000, 1400],
        ],
      },
      clamped: true,
      problem: null,
    });
  });

  it('calls a polygon with no area degenerate: points on a line, a sliver, or a dot', () => {
    const problem = (points: Point[]) => checkShape({ type: 'polygon', points }, PAGE).problem;
    expect(
      problem([
        [10, 10],
        [20, 20],
        [30, 30],
      ]),
    ).toBe('degenerate');
    expect(
      problem([
        [10, 10],
        [500, 10],
        [500, 10.001],
      ]),
    ).toBe('degenerate');
    expect(
      problem([
        [10, 10],
        [10, 10],
        [10, 10],
        [10, 10],
      ]),
    ).toBe('degenerate');
  });

  it('calls a bow-tie self-intersecting, even one whose two halves cancel out in the area', () => {
    expect(polygonArea(bowTie)).toBe(0);
    expect(checkShape({ type: 'polygon', points: bowTie.map(([x, y]): Point => [x * 10, y * 10]) }, PAGE).problem).toBe('self-intersecting');
    expect(checkShape({ type: 'polygon', points: ell }, PAGE).problem).toBe(null);
  });
});
