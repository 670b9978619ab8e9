import type { Point } from '../../../../shared/domain/annotations';
import { shapeBounds } from '../../../../shared/geometry/shape-check';
import { acceptShape } from './drawn-shape';
import { newLineId } from './line-id';
import type { OverlayContext } from './overlay-context';
import { clampToBox, lineFromDrag, rectFromDrag } from './overlay-geometry';

/** A dragged rectangle becomes a region: cut back to the page, or refused when too small to see. */
export function finishRect(context: OverlayContext, from: Point, to: Point): void {
  const outcome = acceptShape(rectFromDrag(from, to), context.props.grid);
  if (outcome.shape) context.props.onCreate(outcome.shape);
  if (outcome.message) context.say(outcome.message);
}

/**
 * A dragged box becomes a printed line of the selected region, its baseline along the bottom:
 * cut back to the region's box, since a line belongs inside its region.
 */
export function finishLine(context: OverlayContext, from: Point, to: Point, gesture: string): void {
  const region = context.selectedRegion;
  if (!region) {
    context.say('lineNeedsRegion');
    return;
  }
  const box = shapeBounds(region.shape);
  const a = clampToBox(from, box);
  const b = clampToBox(to, box);
  if (Math.abs(b.point[0] - a.point[0]) < 1 || Math.abs(b.point[1] - a.point[1]) < 1) {
    context.say('tooSmall');
    return;
  }
  const { polygon, baseline } = lineFromDrag(a.point, b.point);
  context.props.onLines(region.id, [...region.lines, { id: newLineId(), polygon, baseline, text: '' }], gesture);
  if (a.moved || b.moved) context.say('lineClamped');
}
