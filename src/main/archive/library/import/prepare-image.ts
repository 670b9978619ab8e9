import sharp from 'sharp';
import { MuragatError } from '../../../../shared/rpc/errors';
import { probeImage } from '../../formats/image/probe-image';
import { MAX_PIXELS } from '../../formats/pixel-limit';
import { makePageImages, writePageImages } from '../../previews/write-page-images';
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
    const images = await makePageImages(page).catch((error: unknown) => {
      const where = pages.length > 1 ? ` (page ${index + 1})` : '';
      throw new MuragatError('unsupported-format', `the image is damaged or truncated${where}: ${(error as Error).message}`);
    });
    await writePageImages(images, { layout, sha256: input.sha256, sourcePage: index + 1 });
    onPage(index + 1, pages.length);
  }
  return { pages, passwordNeeded: false };
}
