import type { PageAsset } from '../../../../shared/contract';
import { PREVIEW_WIDTH } from '../../../../shared/page-images';

/** A preview this much narrower than the screen asks still looks sharp: the last few percent are not seen. */
export const PREVIEW_SLACK = 1.05;

/**
 * Whether the preview made at import is the page drawn sharp for a screen that shows the page
 * `needed` device pixels across. The preview is the page's own pixels, only fewer: true of an
 * image, and of a PDF page that shows only its scan; any other PDF page is pdf.js's to draw.
 */
export function previewServes(asset: PageAsset, needed: number): boolean {
  return asset.previewUrl !== undefined && asset.width > PREVIEW_WIDTH && needed <= PREVIEW_WIDTH * PREVIEW_SLACK && (asset.format !== 'pdf' || asset.scanOnly === true);
}
