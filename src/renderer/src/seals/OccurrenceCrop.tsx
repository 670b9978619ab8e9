import type { SealDetail } from '../../../shared/contract';

type Occurrence = SealDetail['occurrences'][number];

/** Room around the impression, as a share of its larger side, so its edge is seen whole. */
const MARGIN = 0.08;

/**
 * The impression cut out of its page: the page's preview laid out in grid pixels inside an SVG
 * whose view is the region's box, so no image is cut or stored for it.
 */
export function OccurrenceCrop({ occurrence }: { occurrence: Occurrence }) {
  const { bounds, pageSize, previewUrl } = occurrence;
  const pad = Math.max(bounds.width, bounds.height) * MARGIN;
  const x = Math.max(0, bounds.x - pad);
  const y = Math.max(0, bounds.y - pad);
  const width = Math.min(pageSize.width, bounds.x + bounds.width + pad) - x;
  const height = Math.min(pageSize.height, bounds.y + bounds.height + pad) - y;
  return (
    <svg className="occurrence-crop" viewBox={`${x} ${y} ${width} ${height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
      <image href={previewUrl} x={0} y={0} width={pageSize.width} height={pageSize.height} preserveAspectRatio="none" />
    </svg>
  );
}
