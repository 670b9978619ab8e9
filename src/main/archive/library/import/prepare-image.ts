import sharp from 'sharp';
import { probeImage } from '../../formats/image/probe-image';
import { MAX_PIXELS } from '../../formats/pixel-limit';
import { writePreviewAndThumbnail } from '../../previews/write-page-images';
import { libraryLayout } from '../../store/layout';
import type { PageProgress, PrepareInput, PrepareOutput } from './prepare-types';

/**
 * JPEG, PNG, WebP and TIFF: every page is decoded once, so a truncated or damaged file fails
 * here with its reason, and its preview and thumbnail are made from that decoding.
 */
export async function prepareImage(input: PrepareInput, onPage: PageProgress): Promise<PrepareOutput> {
  const pages = await probeImage(input.path, input.format);
  const layout = libraryLayout(input.libraryRoot);
  for (const [index] of pages.entries()) {
    const page = sharp(input.path, { page: index, limitInputPixels: MAX_PIXELS, failOn: 'truncated' }).autoOrient();
    await writePreviewAndThumbnail(page, { layout, sha256: input.sha256, sourcePage: index + 1 });
    onPage(index + 1, pages.length);
  }
  return { pages, passwordNeeded: false };
}
