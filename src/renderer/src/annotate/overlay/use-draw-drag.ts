import { useRef, type PointerEvent } from 'react';
import type { Point } from '../../../../shared/domain/annotations';
import { gridPoint } from './grid-point';
import type { OverlayContext } from './overlay-context';
import type { OverlayHit } from './overlay-hit';
import { CLICK_SLOP_PX } from './overlay-sizes';

interface DrawDrag {
  pointerId: number;
  kind: 'rect' | 'line';
  from: Point;
  client: Point;
  /** What the press began on: a press that does not move is a click on it. */
  hit: OverlayHit;
}

/** How a drawing drag ended: a box between two grid points, or a click on what it began on. */
export type DrawEnd = { kind: 'rect' | 'line'; from: Point; to: Point } | { kind: 'click'; hit: OverlayHit };

/** Drawing a box by dragging (a region's rectangle or a line's box); its preview goes to the store, not to React state. */
export function useDrawDrag(context: OverlayContext) {
  const drag = useRef<DrawDrag | null>(null);

  /** Drops the box being drawn (Escape, a cancelled pointer). */
  const cancel = () => {
    drag.current = null;
    context.store.set(null);
  };

  /** Starts a box where the pointer is. */
  const begin = (event: PointerEvent<SVGSVGElement>, kind: 'rect' | 'line', hit: OverlayHit) => {
    const from = gridPoint(context.layer.current, event.clientX, event.clientY);
    if (!from) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointerId: event.pointerId, kind, from, client: [event.clientX, event.clientY], hit };
    context.store.set({ kind, from, to: from });
  };

  /** Stretches the box to the pointer; false when no drawing drag is under way for it. */
  const move = (event: PointerEvent<SVGSVGElement>): boolean => {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) return false;
    const to = gridPoint(context.layer.current, event.clientX, event.clientY);
    if (to) context.store.set({ kind: current.kind, from: current.from, to });
    return true;
  };

  /** Ends the drag and says what it drew; null when there was none for this pointer. */
  const end = (event: PointerEvent<SVGSVGElement>): DrawEnd | null => {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) return null;
    cancel();
    if (Math.hypot(event.clientX - current.client[0], event.clientY - current.client[1]) < CLICK_SLOP_PX) return { kind: 'click', hit: current.hit };
    const to = gridPoint(context.layer.current, event.clientX, event.clientY) ?? current.from;
    return { kind: current.kind, from: current.from, to };
  };

  return { begin, move, end, cancel, active: () => drag.current !== null };
}
