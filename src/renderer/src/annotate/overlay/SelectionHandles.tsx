import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../shared/domain/annotations';
import type { Rotation } from '../../../../shared/domain/view';
import { shapeBounds } from '../../../../shared/geometry/shape-check';
import { HANDLES, handlePositions, turnHandle, type Handle } from './overlay-geometry';
import { GRIP_PX, VERTEX_PX } from './overlay-sizes';
import { REGION_COLOURS } from './region-colours';
import { ShapeElement } from './ShapeElement';

interface SelectionHandlesProps {
  region: Region;
  /** Screen pixels per grid pixel: the grips keep their size on screen. */
  scale: number;
  rotation: Rotation;
}

/** The resize cursor for a grip as the reader sees it on the turned page. */
function gripCursor(handle: Handle, rotation: Rotation): string {
  const seen = turnHandle(handle, rotation);
  if (seen === 'n' || seen === 's') return 'ns-resize';
  if (seen === 'e' || seen === 'w') return 'ew-resize';
  return seen === 'ne' || seen === 'sw' ? 'nesw-resize' : 'nwse-resize';
}

/**
 * What the selected region is handled by, above every region: its body (and a band along its
 * edges) to drag it, eight grips around its box, and for an outline a grip on each point, which
 * the keyboard can focus to delete it.
 */
export function SelectionHandles({ region, scale, rotation }: SelectionHandlesProps) {
  const { t } = useTranslation();
  const { shape } = region;
  const grip = GRIP_PX / scale;
  const radius = VERTEX_PX / 2 / scale;
  const grips = handlePositions(shapeBounds(shape));
  return (
    <g className="selection" style={{ color: REGION_COLOURS[region.kind] }}>
      <ShapeElement shape={shape} className="selection-body" data-body="" />
      <g aria-hidden="true">
        {HANDLES.map((handle) => {
          const [x, y] = grips[handle];
          return <rect key={handle} className="selection-grip" data-handle={handle} x={x - grip / 2} y={y - grip / 2} width={grip} height={grip} style={{ cursor: gripCursor(handle, rotation) }} />;
        })}
      </g>
      {shape.type === 'polygon' &&
        shape.points.map(([x, y], index) => (
          <circle
            key={index}
            className="selection-vertex"
            data-vertex={index}
            cx={x}
            cy={y}
            r={radius}
            role="button"
            tabIndex={-1}
            aria-label={t('annotate.overlay.vertex', { number: index + 1 })}
          />
        ))}
    </g>
  );
}
