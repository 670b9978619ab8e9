import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverlayMessage } from './drawn-shape';
import { DrawingPreview } from './DrawingPreview';
import type { OverlayContext } from './overlay-context';
import { gridTransform, screenScale } from './overlay-geometry';
import { useOverlayKeys } from './use-overlay-keys';
import type { RegionOverlayProps } from './overlay-types';
import { createPreviewStore } from './preview-store';
import { RegionShape } from './RegionShape';
import { SelectionHandles } from './SelectionHandles';
import { useOverlayPointer } from './use-overlay-pointer';
import './overlay.css';

export type { OverlayTool, RegionOverlayProps } from './overlay-types';

/**
 * A page's regions as an SVG above its pixels, for drawing and editing them. The viewBox is
 * the turned page in grid pixels and one group turns the grid into it, so every shape is drawn,
 * and every pointer read, in the grid pixels regions are stored in, at any zoom and turn.
 */
export function RegionOverlay(props: RegionOverlayProps) {
  const { page, grid, box, rotation, regions, selected, tool, highlighted, onMessage } = props;
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const [store] = useState(createPreviewStore);
  const scale = screenScale(box, grid, rotation);
  const selectedRegion = selected === null ? null : (regions.find((region) => region.id === selected) ?? null);
  const context: OverlayContext = {
    props,
    svg,
    layer,
    scale,
    selectedRegion,
    store,
    say: (message: OverlayMessage) => onMessage(t(`annotate.overlay.message.${message}`)),
  };
  const pointer = useOverlayPointer(context);
  const onKeyDown = useOverlayKeys(context, pointer);
  // A half-drawn shape belongs to the tool it was drawn with.
  useEffect(() => () => store.set(null), [tool, store]);

  const turned = rotation === 90 || rotation === 270 ? { width: grid.height, height: grid.width } : grid;
  const style: CSSProperties & { '--screen-px': number } = { '--screen-px': scale > 0 ? 1 / scale : 1 };
  return (
    <svg
      ref={svg}
      className="region-overlay"
      data-testid="region-overlay"
      data-page={page + 1}
      data-tool={tool}
      width={box.width}
      height={box.height}
      viewBox={`0 0 ${turned.width} ${turned.height}`}
      preserveAspectRatio="none"
      role="group"
      aria-label={t('annotate.overlay.label', { page: page + 1 })}
      tabIndex={selectedRegion || tool !== 'select' ? 0 : -1}
      style={style}
      onKeyDown={onKeyDown}
      {...pointer.handlers}
    >
      <g ref={layer} transform={gridTransform(grid, rotation)}>
        {regions.map((region, index) => (
          <RegionShape
            key={region.id}
            region={region}
            number={index + 1}
            selected={region.id === selected}
            faint={highlighted !== undefined && region.id !== selected && !highlighted.has(region.id)}
            gridWidth={grid.width}
            gridHeight={grid.height}
            rotation={rotation}
          />
        ))}
        {selectedRegion && tool === 'select' && <SelectionHandles region={selectedRegion} scale={scale} rotation={rotation} />}
        <DrawingPreview store={store} scale={scale} />
      </g>
    </svg>
  );
}
