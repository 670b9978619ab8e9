import type { Point } from '../../../../shared/domain/annotations';

/** A shape being drawn: a rectangle or a line's box between two corners, or an outline's points so far. */
export type DrawPreview =
  | { kind: 'rect'; from: Point; to: Point }
  | { kind: 'line'; from: Point; to: Point }
  | { kind: 'polygon'; points: readonly Point[]; hover: Point | null };

/** The shape being drawn, kept outside React's state so that a drag redraws only its preview, never the page's regions. */
export interface PreviewStore {
  get: () => DrawPreview | null;
  set: (preview: DrawPreview | null) => void;
  subscribe: (listener: () => void) => () => void;
}

/** A one-value store for useSyncExternalStore. */
export function createPreviewStore(): PreviewStore {
  let current: DrawPreview | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(preview) {
      current = preview;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
