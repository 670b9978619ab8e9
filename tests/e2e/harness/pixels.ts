import type { Locator } from 'playwright-core';

/**
 * Share of a canvas's pixels that are ink (dark), read back through a copy: a canvas holding a
 * decoded picture ('bitmaprenderer') has no 2D context to read from.
 */
export function inkRatio(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    if (c.width === 0 || c.height === 0) return 0;
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const context = copy.getContext('2d');
    if (!context) return 0;
    context.drawImage(c, 0, 0);
    const { data } = context.getImageData(0, 0, c.width, c.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      const luminance = 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
      if (luminance < 110 && (data[i + 3] ?? 0) > 0) ink++;
    }
    return ink / (data.length / 4);
  });
}
