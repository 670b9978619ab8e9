import type { Point, Shape } from '../../../../shared/domain/annotations';
import { shapeBounds, type PageSize } from '../../../../shared/geometry/shape-check';
import { handlePositions, moveShape, moveVertex, resizeRect, scalePolygon, type Handle } from './overlay-geometry';
import type { OverlayHit } from './overlay-hit';

/** What a drag on the selected region takes hold of: its body, a grip of its box, or one point of its outline. */
export type EditTarget = { part: 'move' } | { part: 'resize'; handle: Handle; grip: Point } | { part: 'vertex'; index: number; at: Point };

/** The part of the selected shape under the pointer, with where that part stood when the drag began; null for anything else. */
export function editTargetOf(hit: OverlayHit, shape: Shape): EditTarget | null {
  switch (hit.part) {
    case 'body':
      return { part: 'move' };
    case 'handle':
      return { part: 'resize', handle: hit.handle, grip: handlePositions(shapeBounds(shape))[hit.handle] };
    case 'vertex': {
      const at = shape.type === 'polygon' ? shape.points[hit.index] : undefined;
      return at ? { part: 'vertex', index: hit.index, at } : null;
    }
    default:
      return null;
  }
}

/**
 * The shape a drag makes: always from the shape as it was when the drag began plus the whole
 * distance since, so that no rounding piles up over a long drag.
 */
export function editShape(start: Shape, target: EditTarget, [dx, dy]: Point, grid: PageSize): Shape {
  switch (target.part) {
    case 'move':
      return moveShape(start, dx, dy, grid);
    case 'resize': {
      const point: Point = [target.grip[0] + dx, target.grip[1] + dy];
      return start.type === 'rect' ? resizeRect(start, target.handle, point, grid) : { type: 'polygon', points: scalePolygon(start.points, target.handle, point, grid) };
    }
    case 'vertex':
      return start.type === 'polygon' ? { type: 'polygon', points: moveVertex(start.points, target.index, [target.at[0] + dx, target.at[1] + dy], grid) } : start;
  }
}
