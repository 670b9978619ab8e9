import type { MouseEvent, PointerEvent } from 'react';
import type { Region } from '../../../../shared/domain/annotations';
import { editTargetOf } from './edit-shape';
import { finishLine, finishRect } from './finish-draw';
import { gridPoint } from './grid-point';
import { focusOverlay, type OverlayContext } from './overlay-context';
import { hitOf } from './hit-of';
import type { OverlayHit } from './overlay-hit';
import { useClickSelect } from './use-click-select';
import { useDrawDrag } from './use-draw-drag';
import { useEditDrag } from './use-edit-drag';
import { usePolygonDraw } from './use-polygon-draw';
import { insertRegionVertex, removeRegionVertex } from './vertex-edits';

/** A gesture key for a one-off edit: unique to the press, so it is its own undo step. */
const gestureKey = (what: string, id: string, event: { timeStamp: number }) => `${what}-${id}-${Math.round(event.timeStamp)}`;

/**
 * The overlay's pointer, by tool. Only presses the overlay acts on are kept from the stage
 * (stopPropagation, so the stage does not pan): grips and the selected region in the select
 * tool, and every press in a drawing tool. A press on the bare page or on another region in the
 * select tool is left to the stage to pan with, and selects only if it ends as a click.
 */
export function useOverlayPointer(context: OverlayContext) {
  const edit = useEditDrag(context);
  const draw = useDrawDrag(context);
  const polygon = usePolygonDraw(context);
  const clickSelect = useClickSelect();

  /** Selects the region clicked, or nothing on the bare page. */
  const selectHit = (hit: OverlayHit) => {
    const id = hit.part === 'region' ? hit.id : null;
    if (id !== context.props.selected) context.props.onSelect(id);
    if (id !== null) focusOverlay(context);
  };

  /** The select tool: take hold of the selected region's part, or wait for a click. */
  const selectDown = (event: PointerEvent<SVGSVGElement>, hit: OverlayHit, region: Region | null) => {
    const target = region ? editTargetOf(hit, region.shape) : null;
    if (!region || !target) {
      clickSelect(event, () => selectHit(hit));
      return;
    }
    event.stopPropagation();
    if (hit.part === 'vertex' && event.altKey) {
      removeRegionVertex(context, region, hit.index, gestureKey('vertex-remove', region.id, event));
      return;
    }
    if (hit.part === 'vertex' && event.target instanceof SVGElement) event.target.focus({ preventScroll: true });
    else focusOverlay(context);
    edit.begin(event, region, target);
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const hit = hitOf(event.target);
    const { tool } = context.props;
    if (tool === 'select') {
      selectDown(event, hit, context.selectedRegion);
      return;
    }
    event.stopPropagation();
    focusOverlay(context);
    if (tool === 'polygon') polygon.add(event);
    else draw.begin(event, tool, hit);
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (edit.move(event) || draw.move(event)) return;
    if (context.props.tool === 'polygon') polygon.hover(event);
  };

  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    if (edit.end(event)) return;
    const drawn = draw.end(event);
    if (!drawn) return;
    if (drawn.kind === 'click') selectHit(drawn.hit);
    else if (drawn.kind === 'rect') finishRect(context, drawn.from, drawn.to);
    else finishLine(context, drawn.from, drawn.to, gestureKey('line', context.selectedRegion?.id ?? '', event));
  };

  const onPointerCancel = (event: PointerEvent<SVGSVGElement>) => {
    if (!edit.end(event)) draw.cancel();
  };

  /** Closes an outline being drawn, or adds a point to the selected outline's edge. */
  const onDoubleClick = (event: MouseEvent<SVGSVGElement>) => {
    const { tool } = context.props;
    const region = context.selectedRegion;
    if (tool === 'polygon') polygon.close(true);
    if (tool !== 'select' || !region) return;
    const at = gridPoint(context.layer.current, event.clientX, event.clientY);
    if (at) insertRegionVertex(context, region, at, gestureKey('vertex-insert', region.id, event));
  };

  return { handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onDoubleClick }, draw, polygon };
}
