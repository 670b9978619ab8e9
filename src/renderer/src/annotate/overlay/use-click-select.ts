import { useEffect, useRef, type PointerEvent } from 'react';
import { CLICK_SLOP_PX } from './overlay-sizes';

/**
 * Runs `then` when a press ends where it began (a click), without taking the press: the stage
 * may pan with it instead. The release is heard on the window because a pan captures the
 * pointer, so the overlay sees neither its release nor its click.
 */
export function useClickSelect(): (event: PointerEvent, then: () => void) => void {
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  return (event, then) => {
    stop.current?.();
    const { pointerId, clientX, clientY } = event;
    const onUp = (up: globalThis.PointerEvent) => {
      if (up.pointerId !== pointerId) return;
      forget();
      if (Math.hypot(up.clientX - clientX, up.clientY - clientY) <= CLICK_SLOP_PX) then();
    };
    const onCancel = (cancel: globalThis.PointerEvent) => {
      if (cancel.pointerId === pointerId) forget();
    };
    const forget = () => {
      window.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('pointercancel', onCancel, true);
      stop.current = null;
    };
    window.addEventListener('pointerup', onUp, true);
    window.addEventListener('pointercancel', onCancel, true);
    stop.current = forget;
  };
}
