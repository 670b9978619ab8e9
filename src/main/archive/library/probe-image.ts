import sharp, { type Metadata } from 'sharp';
import type { SourceFormat } from '../../../shared/domain/document';
import { MuragatError } from '../../../shared/rpc/errors';
import type { PageGrid } from './page-grid';

/** EXIF orientations 5–8 turn the image by 90°: the displayed page swaps width and height. */
const SWAPS_AXES = new Set([5, 6, 7, 8]);

/** Reads an image's reference pixel grid from its header, without decoding the pixels. */
export async function probeImage(path: string, format: SourceFormat): Promise<PageGrid[]> {
  if (format === 'tiff') {
    throw new MuragatError('unsupported-format', 'TIFF scans cannot be imported yet (they need previews made at import)');
  }
  let meta: Metadata;
  try {
    meta = await sharp(path).metadata();
  } catch (error) {
    throw new MuragatError('unsupported-format', `the image cannot be read (${(error as Error).message})`);
  }
  if (!meta.width || !meta.height) throw new MuragatError('unsupported-format', 'the image has no size in its header');
  const swap = meta.orientation !== undefined && SWAPS_AXES.has(meta.orientation);
  return [{ width: swap ? meta.height : meta.width, height: swap ? meta.width : meta.height }];
}
