import sharp, { type Sharp } from 'sharp';
import type { LibraryLayout } from '../store/layout';
import { writeDerivedFile } from './atomic-file';
import { PREVIEW_QUALITY, PREVIEW_WIDTH, THUMBNAIL_QUALITY, THUMBNAIL_SIZE } from './sizes';

export interface PageImageTarget {
  layout: LibraryLayout;
  sha256: string;
  sourcePage: number;
}

/** A page's preview and thumbnail, encoded and not yet written. */
export interface PageImages {
  preview: Buffer;
  thumbnail: Buffer;
}

const WHITE = { r: 255, g: 255, b: 255 };

/**
 * Makes a page's preview and thumbnail from its pixels. The page is decoded once: the
 * thumbnail is made from the preview, not from the (possibly 70-megapixel) original. A failure
 * here is the page's (damaged pixels), never the disk's: nothing is written yet.
 */
export async function makePageImages(page: Sharp): Promise<PageImages> {
  const preview = await page
    .resize({ width: PREVIEW_WIDTH, withoutEnlargement: true })
    .flatten({ background: WHITE })
    .jpeg({ quality: PREVIEW_QUALITY })
    .toBuffer();
  const thumbnail = await sharp(preview).resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside' }).jpeg({ quality: THUMBNAIL_QUALITY }).toBuffer();
  return { preview, thumbnail };
}

export async function writePageImages(images: PageImages, target: PageImageTarget): Promise<void> {
  const { layout, sha256, sourcePage } = target;
  await writeDerivedFile(layout.pageImage(sha256, sourcePage, 'preview', 'jpg'), images.preview);
  await writeDerivedFile(layout.pageImage(sha256, sourcePage, 'thumbnail', 'jpg'), images.thumbnail);
}
