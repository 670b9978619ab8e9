import type { KeyboardEvent } from 'react';
import type { OverlayContext } from './overlay-context';
import { moveShape, screenDeltaToGrid } from './overlay-geometry';
import { hitOf, vertexOf } from './hit-of';
import type { useOverlayPointer } from './use-overlay-pointer';
import { removeRegionVertex } from './vertex-edits';

type Drawing = Pick<ReturnType<typeof useOverlayPointer>, 'draw' | 'polygon'>;

/** The arrows, as a move on screen. */
const ARROWS: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Keys typed into a field are the field's. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

/** Keys for an outline being drawn: Enter closes it, Backspace takes back a point, Escape drops it. */
function drawingKey(key: string, drawing: Drawing): boolean {
  if (drawing.draw.active() && key === 'Escape') {
    drawing.draw.cancel();
    return true;
  }
  if (!drawing.polygon.active()) return false;
  if (key === 'Enter') drawing.polygon.close();
  else if (key === 'Backspace') drawing.polygon.undo();
  else if (key === 'Escape') drawing.polygon.cancel();
  else return false;
  return true;
}

/** Keys for the selected region: the arrows move it (Shift: ten times as far), Delete removes it, Escape lets it go. */
function regionKey(context: OverlayContext, event: KeyboardEvent<SVGSVGElement>): boolean {
  const region = context.selectedRegion;
  if (!region) return false;
  const arrow = ARROWS[event.key];
  if (arrow) {
    const step = event.shiftKey ? 10 : 1;
    const [dx, dy] = screenDeltaToGrid(arrow[0] * step, arrow[1] * step, context.props.rotation);
    context.props.onShape(region.id, moveShape(region.shape, dx, dy, context.props.grid), `nudge-${region.id}`);
    return true;
  }
  if (event.key === 'Delete' || event.key === 'Backspace') {
    const vertex = vertexOf(event.target);
    if (vertex !== null) removeRegionVertex(context, region, vertex, `vertex-remove-${region.id}-${Math.round(event.timeStamp)}`);
    else context.props.onRemove(region.id);
    return true;
  }
  if (event.key === 'Escape') {
    context.props.onSelect(null);
    return true;
  }
  return false;
}

/** Enter or Space on a focused region selects it, as on any button. */
function pressKey(context: OverlayContext, event: KeyboardEvent<SVGSVGElement>): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  const hit = hitOf(event.target);
  if (hit.part !== 'region') return false;
  context.props.onSelect(hit.id);
  return true;
}

/**
 * The overlay's keys while it has the focus. A key it uses is kept from the viewer's own
 * shortcuts (the arrows would turn the page); keys with Ctrl or ⌘ (undo, redo) pass through.
 */
export function useOverlayKeys(context: OverlayContext, drawing: Drawing) {
  return (event: KeyboardEvent<SVGSVGElement>) => {
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (drawingKey(event.key, drawing) || pressKey(context, event) || regionKey(context, event)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
}
