import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../shared/domain/annotations';
import type { Rotation } from '../../../../shared/domain/view';
import { shapeBounds } from '../../../../shared/geometry/shape-check';
import { badgePosition } from './overlay-geometry';
import { REGION_COLOURS } from './region-colours';
import { RegionBadge } from './RegionBadge';
import { pointsAttribute, ShapeElement } from './ShapeElement';

interface RegionShapeProps {
  region: Region;
  /** Its place in the page's reading order, from 1. */
  number: number;
  selected: boolean;
  faint: boolean;
  gridWidth: number;
  gridHeight: number;
  rotation: Rotation;
}

/**
 * One region: its shape in its kind's colour, its lines with their baselines, its number.
 * Memoised on plain values and the region object itself, so a drag or a zoom re-renders only
 * the regions it changes, not the other hundreds on a newspaper page. Its text is never drawn.
 */
export const RegionShape = memo(function RegionShape({ region, number, selected, faint, gridWidth, gridHeight, rotation }: RegionShapeProps) {
  const { t } = useTranslation();
  const at = badgePosition(shapeBounds(region.shape), { width: gridWidth, height: gridHeight }, rotation);
  return (
    <g
      className="region"
      data-testid="region"
      data-region-id={region.id}
      data-kind={region.kind}
      data-selected={selected}
      data-faint={faint}
      role="button"
      tabIndex={-1}
      aria-label={t('annotate.overlay.region', { number, kind: t(`annotate.overlay.kind.${region.kind}`) })}
      style={{ color: REGION_COLOURS[region.kind] }}
    >
      <ShapeElement shape={region.shape} className="region-shape" />
      {region.lines.map((line) => (
        <g key={line.id} className="region-line">
          <polygon points={pointsAttribute(line.polygon)} />
          {line.baseline && <polyline className="region-baseline" points={pointsAttribute(line.baseline)} />}
        </g>
      ))}
      <RegionBadge number={number} at={at} rotation={rotation} />
    </g>
  );
});
