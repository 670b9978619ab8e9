import type { Point } from '../../../../shared/domain/annotations';
import type { Rotation } from '../../../../shared/domain/view';
import { BADGE_DIGIT_PX, BADGE_HEIGHT_PX, BADGE_PADDING_PX } from './overlay-sizes';

interface RegionBadgeProps {
  number: number;
  /** The region's corner the reader sees at its top left, in grid coordinates. */
  at: Point;
  rotation: Rotation;
}

/**
 * A region's reading-order number, upright and the same size on screen at every zoom: it is
 * turned back against the page's turn and scaled by the overlay's --screen-px (one screen pixel
 * in grid pixels), a CSS variable, so a zoom re-renders no region.
 */
export function RegionBadge({ number, at, rotation }: RegionBadgeProps) {
  const width = BADGE_PADDING_PX + BADGE_DIGIT_PX * String(number).length;
  return (
    <g className="region-badge" aria-hidden="true" style={{ transform: `translate(${at[0]}px, ${at[1]}px) rotate(${-rotation}deg) scale(var(--screen-px))` }}>
      <rect width={width} height={BADGE_HEIGHT_PX} rx={3} />
      <text x={width / 2} y={BADGE_HEIGHT_PX / 2} dominantBaseline="central">
        {number}
      </text>
    </g>
  );
}
