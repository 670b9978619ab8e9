import { useEffect, useState, type RefObject } from 'react';

/** Full screen for the viewer element (the page and its tools, not the whole app). */
export function useFullScreen(ref: RefObject<HTMLElement | null>): { active: boolean; toggle: () => void } {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const update = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, [ref]);
  return {
    active,
    toggle: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void ref.current?.requestFullscreen().catch(() => undefined);
    },
  };
}
