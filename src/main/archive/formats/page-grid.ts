import type { PageGrid as GridKind } from '../../../shared/domain/document';

/** A page's reference pixel grid and how it was chosen: regions are stored in these pixels. */
export interface PageGrid {
  width: number;
  height: number;
  grid: GridKind;
}
