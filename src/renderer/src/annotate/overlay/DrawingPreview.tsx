import { useSyncExternalStore } from 'react';
import { lineFromDrag, rectFromDrag } from './overlay-geometry';
import { NEAR_PX, VERTEX_PX } from './overlay-sizes';
import type { PreviewStore } from './preview-store';
import { pointsAttribute, ShapeElement } from './ShapeElement';

interface DrawingPreviewProps {
  store: PreviewStore;
  /** Screen pixels per grid pixel: the points keep their size on screen. */
  scale: number;
}

/**
 * The shape being drawn, from the preview store: the only part of the overlay a drawing drag
 * re-renders. An outline shows its points, the edge to the pointer, and a ring on its first
 * point, where a click closes it.
 */
export function DrawingPreview({ store, scale }: DrawingPreviewProps) {
  const preview = useSyncExternalStore(store.subscribe, store.get);
  if (!preview) return null;
  if (preview.kind === 'rect') return <ShapeElement shape={rectFromDrag(preview.from, preview.to)} className="draw-preview" />;
  if (preview.kind === 'line') {
    const { polygon, baseline } = lineFromDrag(preview.from, preview.to);
    return (
      <g className="draw-preview">
        <polygon points={pointsAttribute(polygon)} />
        <polyline className="draw-preview-baseline" points={pointsAttribute(baseline)} />
      </g>
    );
  }
  const [first] = preview.points;
  const trail = preview.hover ? [...preview.points, preview.hover] : preview.points;
  return (
    <g className="draw-preview">
      <polyline points={pointsAttribute(trail)} />
      {preview.points.map(([x, y], index) => (
        <circle key={index} className="draw-preview-point" cx={x} cy={y} r={VERTEX_PX / 2 / scale} />
      ))}
      {first && preview.points.length >= 3 && <circle className="draw-preview-close" cx={first[0]} cy={first[1]} r={NEAR_PX / scale} />}
    </g>
  );
}
