/** Runs the latest of many tasks once per animation frame; flush runs a waiting one now. */
export interface FrameThrottle {
  push: (task: () => void) => void;
  flush: () => void;
  cancel: () => void;
}

/**
 * A drag reports its shape at most once a frame: the pointer can move several times a frame on
 * a fast mouse or pen, and each report re-renders whatever shows the region.
 */
export function createFrameThrottle(): FrameThrottle {
  let waiting: (() => void) | null = null;
  let frame = 0;
  const run = () => {
    frame = 0;
    const task = waiting;
    waiting = null;
    task?.();
  };
  return {
    push(task) {
      waiting = task;
      if (frame === 0) frame = requestAnimationFrame(run);
    },
    flush() {
      if (frame !== 0) cancelAnimationFrame(frame);
      run();
    },
    cancel() {
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      waiting = null;
    },
  };
}
