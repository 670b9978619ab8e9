import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { Point, Region, Shape } from '../../../../shared/domain/annotations';
import { acceptShape } from './drawn-shape';
import { editShape, type EditTarget } from './edit-shape';
import { createFrameThrottle } from './frame-throttle';
import { gridPoint } from './grid-point';
import type { OverlayContext } from './overlay-context';
import { CLICK_SLOP_PX } from './overlay-sizes';

interface EditDrag {
  pointerId: number;
  id: string;
  start: Shape;
  target: EditTarget;
  /** Where the pointer was, in the grid and on screen, when the drag began. */
  origin: Point;
  client: Point;
  gesture: string;
  /** The shape last reported; null until the pointer has moved past a click. */
  last: Shape | null;
}

/**
 * Moving, resizing and reshaping the selected region. The drag lives in a ref and reports its
 * shape at most once a frame, all under one gesture key (one undo step); a drag that leaves a
 * shape no region may have (an outline crossing itself) is put back as it was, and says why.
 */
export function useEditDrag(context: OverlayContext) {
  const drag = useRef<EditDrag | null>(null);
  const [throttle] = useState(createFrameThrottle);
  useEffect(() => () => throttle.cancel(), [throttle]);

  /** Takes hold of the selected region's part under the pointer. */
  const begin = (event: PointerEvent<SVGSVGElement>, region: Region, target: EditTarget) => {
    const origin = gridPoint(context.layer.current, event.clientX, event.clientY);
    if (!origin) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = {
      pointerId: event.pointerId,
      id: region.id,
      start: region.shape,
      target,
      origin,
      client: [event.clientX, event.clientY],
      gesture: `${target.part}-${region.id}-${Math.round(event.timeStamp)}`,
      last: null,
    };
  };

  /** Follows the pointer; false when no edit drag is under way for it. */
  const move = (event: PointerEvent<SVGSVGElement>): boolean => {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) return false;
    if (!current.last && Math.hypot(event.clientX - current.client[0], event.clientY - current.client[1]) < CLICK_SLOP_PX) return true;
    const point = gridPoint(context.layer.current, event.clientX, event.clientY);
    if (!point) return true;
    const shape = editShape(current.start, current.target, [point[0] - current.origin[0], point[1] - current.origin[1]], context.props.grid);
    current.last = shape;
    const { onShape } = context.props;
    throttle.push(() => onShape(current.id, shape, current.gesture));
    return true;
  };

  /** Lets go: the last shape is reported now, and undone in the same step if it cannot stand. */
  const end = (event: PointerEvent<SVGSVGElement>): boolean => {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) return false;
    drag.current = null;
    throttle.flush();
    if (!current.last) return true;
    const outcome = acceptShape(current.last, context.props.grid);
    if (!outcome.shape) {
      context.props.onShape(current.id, current.start, current.gesture);
      if (outcome.message) context.say(outcome.message);
    }
    return true;
  };

  return { begin, move, end };
}
