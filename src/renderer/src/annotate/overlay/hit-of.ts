import { HANDLES, type Handle } from './overlay-geometry';
import type { OverlayHit } from './overlay-hit';

const isHandle = (value: string | undefined): value is Handle => HANDLES.some((handle) => handle === value);

/** Reads the part pressed from the data attributes of the element, so that one listener serves every region. */
export function hitOf(target: EventTarget | null): OverlayHit {
  const element = target instanceof Element ? target.closest<SVGElement>('[data-handle], [data-vertex], [data-body], [data-region-id]') : null;
  if (!element) return { part: 'page' };
  const { handle, vertex, regionId } = element.dataset;
  if (isHandle(handle)) return { part: 'handle', handle };
  if (vertex !== undefined) return { part: 'vertex', index: Number(vertex) };
  if (regionId !== undefined) return { part: 'region', id: regionId };
  return { part: 'body' };
}

/** The outline point a key was pressed on (a focused grip), if any. */
export function vertexOf(target: EventTarget | null): number | null {
  const hit = hitOf(target);
  return hit.part === 'vertex' ? hit.index : null;
}
