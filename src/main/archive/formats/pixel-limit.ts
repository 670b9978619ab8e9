import { MuragatError } from '../../../shared/rpc/errors';

/**
 * The largest image Muragat decodes: 300 megapixels, four times a 7200×9600 newspaper scan.
 * A header claiming more is refused before any pixel is decoded (decompression bombs).
 */
export const MAX_PIXELS = 300_000_000;

export function assertPixelLimit(width: number, height: number, what = 'the image'): void {
  if (width * height > MAX_PIXELS) {
    throw new MuragatError(
      'too-large',
      `${what} is ${width}×${height} pixels (${Math.round((width * height) / 1e6)} megapixels), more than the ${MAX_PIXELS / 1e6} megapixels Muragat decodes`,
    );
  }
}
