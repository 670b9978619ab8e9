import sharp, { type Sharp } from 'sharp';
import type { LibraryLayout } from '../store/layout';
import { writeDerivedFile } from './atomic-file';
import { PREVIEW_QUALITY, PREVIEW_WIDTH, THUMBNAIL_QUALITY, THUMBNAIL_SIZE } from './sizes';

export interface PageImageTarget {
  layout: LibraryLayout;
  sha256: string;
  sourcePage: number;
}

const WHITE = { r: 255, g: 255, b: 255 };

/**
 * Makes a page's preview and thumbnail from its pixels. The page is decoded once: the
 * thumbnail is made from the preview, not from the (possibly 70-megapixel) original.
 */
export async function writePreviewAndThumbnail(page: Sharp, target: PageImageTarget): Promise<void> {
  const preview = await page
    .resize({ width: PREVIEW_WIDTH, withoutEnlargement: true })
    .flatten({ background: WHITE })
    .jpeg({ quality: PREVIEW_QUALITY })
    .toBuffer();
  const thumbnail = sharp(preview).resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside' }).jpeg({ quality: THUMBNAIL_QUALITY }).toBuffer();
  const { layout, sha256, sourcePage } = target;
  await writeDerivedFile(layout.pageImage(sha256, sourcePage, 'preview', 'jpg'), preview);
  await writeDerivedFile(layout.pageImage(sha256, sourcePage, 'thumbnail', 'jpg'), thumbnail);
}
