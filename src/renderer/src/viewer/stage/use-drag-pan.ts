import { useRef, type PointerEvent } from 'react';

/**
 * Drag with the primary button to move the page, as with a hand on paper. A drag that starts on
 * the text layer in text mode selects text instead; links and controls keep their clicks.
 */
export function useDragPan(scroller: React.RefObject<HTMLElement | null>) {
  const drag = useRef<{ x: number; y: number; id: number } | null>(null);
  return {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (event.button !== 0 || target.closest('.page-select-text .text-layer, button, a, input')) return;
      drag.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
      event.currentTarget.setPointerCapture(event.pointerId);
      event.currentTarget.dataset.panning = 'true';
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const start = drag.current;
      const element = scroller.current;
      if (!start || start.id !== event.pointerId || !element) return;
      element.scrollBy(start.x - event.clientX, start.y - event.clientY);
      drag.current = { ...start, x: event.clientX, y: event.clientY };
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      if (drag.current?.id !== event.pointerId) return;
      drag.current = null;
      delete event.currentTarget.dataset.panning;
    },
  };
}
