import type { Shape } from '../../../../shared/domain/annotations';
import { checkShape, type PageSize } from '../../../../shared/geometry/shape-check';

/** What the overlay tells the reader about a shape it drew or changed; keys under annotate.overlay.message. */
export type OverlayMessage = 'clamped' | 'tooSmall' | 'selfIntersecting' | 'fewPoints' | 'minPoints' | 'lineNeedsRegion' | 'lineClamped';

/**
 * A drawn shape as it may become a region: cut back to the page (and said so), or refused with
 * the reason — a shape too small to see, or an outline that crosses itself.
 */
export function acceptShape(shape: Shape, grid: PageSize): { shape: Shape | null; message: OverlayMessage | null } {
  const checked = checkShape(shape, grid);
  if (checked.problem === 'degenerate') return { shape: null, message: 'tooSmall' };
  if (checked.problem === 'self-intersecting') return { shape: null, message: 'selfIntersecting' };
  return { shape: checked.shape, message: checked.clamped ? 'clamped' : null };
}
