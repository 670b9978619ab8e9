import type { PointerEvent } from 'react';
import type { Point } from '../../../../shared/domain/annotations';
import { acceptShape } from './drawn-shape';
import { gridPoint } from './grid-point';
import type { OverlayContext } from './overlay-context';
import { dropRepeats, round2 } from './overlay-geometry';
import { NEAR_PX } from './overlay-sizes';

/**
 * Drawing an outline point by point: a click adds a point; a click on the first point, a
 * double-click or Enter closes it; Backspace takes back the last point and Escape drops it all.
 * The points live in the preview store, so each click redraws the preview alone.
 */
export function usePolygonDraw(context: OverlayContext) {
  const { store } = context;
  const points = (): readonly Point[] => {
    const preview = store.get();
    return preview?.kind === 'polygon' ? preview.points : [];
  };

  /**
   * Makes a region of the outline, or says why not (and keeps the points, to be mended). A
   * double-click that left a lone point (its first click closed the outline at its start) only
   * drops that point.
   */
  const close = (byDoubleClick = false) => {
    const kept = dropRepeats(points(), NEAR_PX / context.scale);
    if (byDoubleClick && kept.length <= 1) {
      store.set(null);
      return;
    }
    if (kept.length < 3) {
      context.say('fewPoints');
      return;
    }
    const outcome = acceptShape({ type: 'polygon', points: kept.map(([x, y]): Point => [round2(x), round2(y)]) }, context.props.grid);
    if (outcome.shape) {
      store.set(null);
      context.props.onCreate(outcome.shape);
    }
    if (outcome.message) context.say(outcome.message);
  };

  /** Adds the point clicked, or closes the outline on a click at its first point. */
  const add = (event: PointerEvent<SVGSVGElement>) => {
    const point = gridPoint(context.layer.current, event.clientX, event.clientY);
    if (!point) return;
    const sofar = points();
    const first = sofar[0];
    if (first && sofar.length >= 3 && Math.hypot(point[0] - first[0], point[1] - first[1]) * context.scale <= NEAR_PX) {
      close();
      return;
    }
    store.set({ kind: 'polygon', points: [...sofar, point], hover: point });
  };

  /** Draws the next edge to follow the pointer. */
  const hover = (event: PointerEvent<SVGSVGElement>) => {
    const preview = store.get();
    if (preview?.kind !== 'polygon') return;
    store.set({ ...preview, hover: gridPoint(context.layer.current, event.clientX, event.clientY) });
  };

  /** Takes back the last point; the outline is gone with its last point. */
  const undo = () => {
    const preview = store.get();
    if (preview?.kind !== 'polygon') return;
    store.set(preview.points.length > 1 ? { ...preview, points: preview.points.slice(0, -1) } : null);
  };

  return { add, hover, close, undo, cancel: () => store.set(null), active: () => points().length > 0 };
}
