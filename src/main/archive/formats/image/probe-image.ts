import sharp, { type Metadata } from 'sharp';
import type { SourceFormat } from '../../../../shared/domain/document';
import { MuragatError } from '../../../../shared/rpc/errors';
import type { PageGrid } from '../page-grid';
import { assertPixelLimit } from '../pixel-limit';

/** EXIF orientations 5–8 turn the image by 90°: the displayed page swaps width and height. */
const SWAPS_AXES = new Set([5, 6, 7, 8]);

const readMetadata = async (path: string, page: number): Promise<Metadata> => {
  try {
    // The limit is ours (assertPixelLimit): sharp's own would stop at the header with a vaguer message.
    return await sharp(path, { page, limitInputPixels: false }).metadata();
  } catch (error) {
    throw new MuragatError('unsupported-format', `the image cannot be read (${(error as Error).message})`);
  }
};

/**
 * Reads each page's reference grid from the image headers, without decoding pixels: one page for
 * JPEG, PNG and WebP, one per directory for a multi-page TIFF (pages may differ in size).
 */
export async function probeImage(path: string, format: SourceFormat): Promise<PageGrid[]> {
  const first = await readMetadata(path, 0);
  const pageCount = format === 'tiff' ? (first.pages ?? 1) : 1;
  const pages: PageGrid[] = [];
  for (let page = 0; page < pageCount; page++) {
    const meta = page === 0 ? first : await readMetadata(path, page);
    if (!meta.width || !meta.height) throw new MuragatError('unsupported-format', 'the image has no size in its header');
    assertPixelLimit(meta.width, meta.height, pageCount > 1 ? `page ${page + 1}` : 'the image');
    const swap = meta.orientation !== undefined && SWAPS_AXES.has(meta.orientation);
    pages.push({ width: swap ? meta.height : meta.width, height: swap ? meta.width : meta.height, grid: 'image' });
  }
  return pages;
}
