import { useRef, type PointerEvent, type RefObject } from 'react';

interface Drag {
  id: number;
  /** Where the pointer and the scroll were when the drag began. */
  x: number;
  y: number;
  left: number;
  top: number;
}

/**
 * Drag with the primary button to move the page, as with a hand on paper. The scroll follows
 * the whole distance from where the drag began, so the fractional moves of a trackpad or a pen
 * add up instead of being rounded away one by one. A drag that starts on the text layer in text
 * mode selects text instead; links and controls keep their clicks.
 */
export function useDragPan(scroller: RefObject<HTMLElement | null>) {
  const drag = useRef<Drag | null>(null);
  return {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      const element = scroller.current;
      if (event.button !== 0 || !element || target.closest('.page-select-text .text-layer, button, a, input')) return;
      drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY, left: element.scrollLeft, top: element.scrollTop };
      event.currentTarget.setPointerCapture(event.pointerId);
      event.currentTarget.dataset.panning = 'true';
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const start = drag.current;
      const element = scroller.current;
      if (!start || start.id !== event.pointerId || !element) return;
      element.scrollTo(start.left + start.x - event.clientX, start.top + start.y - event.clientY);
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      if (drag.current?.id !== event.pointerId) return;
      drag.current = null;
      delete event.currentTarget.dataset.panning;
    },
  };
}
