import { describe, expect, it } from 'vitest';
import type { Point, Shape } from '../../../src/shared/domain/annotations';
import type { Rotation } from '../../../src/shared/domain/view';
import { acceptShape } from '../../../src/renderer/src/annotate/overlay/drawn-shape';
import { editShape, editTargetOf } from '../../../src/renderer/src/annotate/overlay/edit-shape';
import {
  badgePosition,
  clampPoint,
  clampToBox,
  dropRepeats,
  gridTransform,
  handlePositions,
  insertVertex,
  lineFromDrag,
  moveShape,
  moveVertex,
  nearestEdge,
  rectFromDrag,
  removeVertex,
  resizeRect,
  round2,
  scalePolygon,
  screenDeltaToGrid,
  screenScale,
  turnHandle,
  turnPoint,
  type RectShape,
} from '../../../src/renderer/src/annotate/overlay/overlay-geometry';

const grid = { width: 1000, height: 2000 };
const rect: RectShape = { type: 'rect', x: 100, y: 200, width: 300, height: 400 };
const triangle: Point[] = [
  [100, 100],
  [300, 100],
  [200, 300],
];
const rotations: Rotation[] = [0, 90, 180, 270];

describe('moving a shape', () => {
  it('moves a rectangle by the whole distance inside the page', () => {
    expect(moveShape(rect, 12.345, -50, grid)).toEqual({ type: 'rect', x: 112.35, y: 150, width: 300, height: 400 });
  });

  it('stops at each edge of the page, keeping the size', () => {
    expect(moveShape(rect, -500, -900, grid)).toEqual({ type: 'rect', x: 0, y: 0, width: 300, height: 400 });
    expect(moveShape(rect, 5000, 5000, grid)).toEqual({ type: 'rect', x: 700, y: 1600, width: 300, height: 400 });
  });

  it('moves every point of an outline alike, stopped by the outline’s box', () => {
    expect(moveShape({ type: 'polygon', points: triangle }, -150, 10, grid)).toEqual({
      type: 'polygon',
      points: [
        [0, 110],
        [200, 110],
        [100, 310],
      ],
    });
  });
});

describe('resizing a rectangle', () => {
  it('drags one side and leaves the others', () => {
    expect(resizeRect(rect, 'e', [500, 9999], grid)).toEqual({ type: 'rect', x: 100, y: 200, width: 400, height: 400 });
    expect(resizeRect(rect, 'n', [0, 150], grid)).toEqual({ type: 'rect', x: 100, y: 150, width: 300, height: 450 });
  });

  it('drags a corner on both axes', () => {
    expect(resizeRect(rect, 'nw', [50.5, 100.25], grid)).toEqual({ type: 'rect', x: 50.5, y: 100.25, width: 349.5, height: 499.75 });
  });

  it('turns over when a side is dragged past the opposite one, anchored at that side', () => {
    // The right side dragged to x=40, left of the left side at 100: the box now runs 40..100.
    expect(resizeRect(rect, 'e', [40, 0], grid)).toEqual({ type: 'rect', x: 40, y: 200, width: 60, height: 400 });
    // The top-left corner dragged below and right of the bottom-right corner (400, 600).
    expect(resizeRect(rect, 'nw', [450, 700], grid)).toEqual({ type: 'rect', x: 400, y: 600, width: 50, height: 100 });
  });

  it('never gets thinner than a grid pixel, even dragged onto the opposite side', () => {
    expect(resizeRect(rect, 'w', [400, 0], grid)).toEqual({ type: 'rect', x: 399, y: 200, width: 1, height: 400 });
  });

  it('stops at the page’s edges', () => {
    expect(resizeRect(rect, 'se', [5000, -20], grid)).toEqual({ type: 'rect', x: 100, y: 0, width: 900, height: 200 });
  });
});

describe('scaling an outline by its box', () => {
  it('stretches every point about the opposite side', () => {
    // Box 100..300 × 100..300; the east grip to 500 doubles the width about x=100.
    expect(scalePolygon(triangle, 'e', [500, 0], grid)).toEqual([
      [100, 100],
      [500, 100],
      [300, 300],
    ]);
  });

  it('mirrors the outline when dragged past the opposite side', () => {
    // The south grip to y=0: the box 100..300 becomes 0..100, upside down.
    expect(scalePolygon(triangle, 's', [0, 0], grid)).toEqual([
      [100, 100],
      [300, 100],
      [200, 0],
    ]);
  });

  it('keeps the points on the page', () => {
    const scaled = scalePolygon(triangle, 'se', [99999, 99999], grid);
    expect(scaled).toEqual([
      [100, 100],
      [1000, 100],
      [550, 2000],
    ]);
  });
});

describe('editing an outline’s points', () => {
  it('moves one point, kept on the page', () => {
    expect(moveVertex(triangle, 2, [-5, 2500], grid)).toEqual([
      [100, 100],
      [300, 100],
      [0, 2000],
    ]);
  });

  it('inserts a point after the edge’s start', () => {
    expect(insertVertex(triangle, 0, [200.123, 100])).toEqual([
      [100, 100],
      [200.12, 100],
      [300, 100],
      [200, 300],
    ]);
    expect(insertVertex(triangle, 2, [150, 200])).toEqual([...triangle, [150, 200]]);
  });

  it('removes a point but keeps at least three', () => {
    const square: Point[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(removeVertex(square, 1)).toEqual([
      [0, 0],
      [10, 10],
      [0, 10],
    ]);
    expect(removeVertex(triangle, 0)).toBeNull();
    expect(removeVertex(square, 7)).toBeNull();
  });

  it('finds the nearest edge and the nearest spot on it, the closing edge included', () => {
    expect(nearestEdge(triangle, [200, 90])).toEqual({ index: 0, point: [200, 100], distance: 10 });
    const closing = nearestEdge(triangle, [140, 210]);
    expect(closing?.index).toBe(2);
    expect(closing?.distance).toBeCloseTo(30 / Math.sqrt(5), 6);
    expect(closing?.point[0]).toBeCloseTo(152, 6);
    expect(closing?.point[1]).toBeCloseTo(204, 6);
    // Past the end of an edge, the nearest spot is its corner.
    expect(nearestEdge(triangle, [320, 90])).toMatchObject({ point: [300, 100] });
  });

  it('drops the points a double-click lands twice, and a last point on the first', () => {
    expect(
      dropRepeats(
        [
          [0, 0],
          [100, 0],
          [100, 100],
          [100.5, 100.5],
          [0.2, 0.1],
        ],
        2,
      ),
    ).toEqual([
      [0, 0],
      [100, 0],
      [100, 100],
    ]);
  });
});

describe('drawing', () => {
  it('makes the same rectangle whichever way the drag went', () => {
    const expected = { type: 'rect', x: 10, y: 20, width: 90.5, height: 30 };
    expect(rectFromDrag([10, 20], [100.5, 50])).toEqual(expected);
    expect(rectFromDrag([100.5, 50], [10, 20])).toEqual(expected);
  });

  it('makes a line’s box clockwise from the top left and its baseline along the bottom', () => {
    expect(lineFromDrag([300, 80], [20, 40])).toEqual({
      polygon: [
        [20, 40],
        [300, 40],
        [300, 80],
        [20, 80],
      ],
      baseline: [
        [20, 80],
        [300, 80],
      ],
    });
  });

  it('keeps a point inside a box and says when it moved it', () => {
    expect(clampToBox([50, 50], { x: 0, y: 0, width: 100, height: 100 })).toEqual({ point: [50, 50], moved: false });
    expect(clampToBox([150, -5], { x: 0, y: 0, width: 100, height: 100 })).toEqual({ point: [100, 0], moved: true });
  });

  it('rounds to hundredths and keeps points on the page', () => {
    expect(round2(1.006)).toBe(1.01);
    expect(round2(12.3449)).toBe(12.34);
    expect(clampPoint([-3, 2000.4], grid)).toEqual([0, 2000]);
  });

  it('accepts, cuts back or refuses a drawn shape', () => {
    expect(acceptShape(rect, grid)).toEqual({ shape: rect, message: null });
    expect(acceptShape({ type: 'rect', x: 900, y: 10, width: 200, height: 20 }, grid)).toEqual({
      shape: { type: 'rect', x: 900, y: 10, width: 100, height: 20 },
      message: 'clamped',
    });
    expect(acceptShape({ type: 'rect', x: 10, y: 10, width: 0.5, height: 20 }, grid)).toEqual({ shape: null, message: 'tooSmall' });
    const bowTie: Shape = {
      type: 'polygon',
      points: [
        [0, 0],
        [100, 100],
        [100, 0],
        [0, 100],
      ],
    };
    expect(acceptShape(bowTie, grid)).toEqual({ shape: null, message: 'selfIntersecting' });
  });
});

describe('a drag on the selected region', () => {
  it('moves, resizes or reshapes from the shape as it was, by the whole distance', () => {
    const move = editTargetOf({ part: 'body' }, rect);
    expect(move).toEqual({ part: 'move' });
    if (move) expect(editShape(rect, move, [10.004, 20], grid)).toEqual({ ...rect, x: 110, y: 220 });

    const resize = editTargetOf({ part: 'handle', handle: 'se' }, rect);
    expect(resize).toEqual({ part: 'resize', handle: 'se', grip: [400, 600] });
    if (resize) expect(editShape(rect, resize, [-350, 0], grid)).toEqual({ type: 'rect', x: 50, y: 200, width: 50, height: 400 });

    const outline: Shape = { type: 'polygon', points: triangle };
    const vertex = editTargetOf({ part: 'vertex', index: 1 }, outline);
    expect(vertex).toEqual({ part: 'vertex', index: 1, at: [300, 100] });
    if (vertex) expect(editShape(outline, vertex, [5, 5], grid)).toEqual({ type: 'polygon', points: [triangle[0], [305, 105], triangle[2]] });
  });

  it('takes hold of nothing on another region, the page, or a point a rectangle has not got', () => {
    expect(editTargetOf({ part: 'region', id: 'r' }, rect)).toBeNull();
    expect(editTargetOf({ part: 'page' }, rect)).toBeNull();
    expect(editTargetOf({ part: 'vertex', index: 0 }, rect)).toBeNull();
  });
});

describe('grips', () => {
  it('sit on the corners and the middles of the sides', () => {
    expect(handlePositions(rect)).toEqual({
      n: [250, 200],
      ne: [400, 200],
      e: [400, 400],
      se: [400, 600],
      s: [250, 600],
      sw: [100, 600],
      w: [100, 400],
      nw: [100, 200],
    });
  });

  it('turn with the page for their cursors', () => {
    expect(turnHandle('n', 0)).toBe('n');
    expect(turnHandle('n', 90)).toBe('e');
    expect(turnHandle('nw', 90)).toBe('ne');
    expect(turnHandle('e', 180)).toBe('w');
    expect(turnHandle('ne', 270)).toBe('nw');
  });
});

describe('a turned page', () => {
  /** Applies gridTransform's translate-then-rotate to a point, as SVG does. */
  const applyTransform = (transform: string | undefined, [x, y]: Point): Point => {
    if (!transform) return [x, y];
    const [, tx = '0', ty = '0', deg = '0'] = /translate\(([-\d.]+) ([-\d.]+)\) rotate\((\d+)\)/.exec(transform) ?? [];
    const rad = (Number(deg) * Math.PI) / 180;
    const round = (value: number) => Math.round(value * 1e9) / 1e9 || 0;
    return [round(Number(tx) + x * Math.cos(rad) - y * Math.sin(rad)), round(Number(ty) + x * Math.sin(rad) + y * Math.cos(rad))];
  };

  it('maps the grid into the turned box the same way in the transform and in turnPoint', () => {
    const samples: Point[] = [
      [0, 0],
      [1000, 0],
      [1000, 2000],
      [0, 2000],
      [123, 456],
    ];
    for (const rotation of rotations) {
      for (const point of samples) expect(applyTransform(gridTransform(grid, rotation), point)).toEqual(turnPoint(point, grid, rotation));
    }
  });

  it('turns clockwise as CSS does: the top left goes to the top right on a quarter turn', () => {
    expect(turnPoint([0, 0], grid, 90)).toEqual([2000, 0]);
    expect(turnPoint([0, 0], grid, 180)).toEqual([1000, 2000]);
    expect(turnPoint([0, 0], grid, 270)).toEqual([0, 1000]);
    // The bottom left comes to the top left on a quarter turn.
    expect(turnPoint([0, 2000], grid, 90)).toEqual([0, 0]);
  });

  it('puts a region’s number at the corner the reader sees at its top left', () => {
    expect(badgePosition(rect, grid, 0)).toEqual([100, 200]);
    expect(badgePosition(rect, grid, 90)).toEqual([100, 600]);
    expect(badgePosition(rect, grid, 180)).toEqual([400, 600]);
    expect(badgePosition(rect, grid, 270)).toEqual([400, 200]);
  });

  it('measures screen pixels per grid pixel on the turned box', () => {
    expect(screenScale({ width: 500, height: 1000 }, grid, 0)).toBe(0.5);
    expect(screenScale({ width: 1000, height: 500 }, grid, 90)).toBe(0.5);
    expect(screenScale({ width: 4000, height: 2000 }, grid, 270)).toBe(2);
    expect(screenScale({ width: 10, height: 10 }, { width: 0, height: 0 }, 0)).toBe(1);
  });

  it('turns an arrow key’s move on screen into the grid move that shows as it', () => {
    const arrows: Point[] = [
      [1, 0],
      [0, 1],
      [-10, 0],
      [0, -10],
    ];
    for (const rotation of rotations) {
      for (const [dx, dy] of arrows) {
        const [gx, gy] = screenDeltaToGrid(dx, dy, rotation);
        const [ox, oy] = turnPoint([500, 500], grid, rotation);
        const [mx, my] = turnPoint([500 + gx, 500 + gy], grid, rotation);
        expect([mx - ox, my - oy]).toEqual([dx, dy]);
      }
    }
  });
});
