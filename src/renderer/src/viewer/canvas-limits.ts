/** Browsers refuse or blank canvases past roughly 16 megapixels (iOS) to 268 (desktop Chrome). */
export const MAX_CANVAS_PIXELS = 16_777_216;

/** The render scale for a page drawn at `cssWidth` on this screen, capped to the canvas limit. */
export function renderScale(pageWidth: number, pageHeight: number, cssWidth: number, devicePixelRatio: number): number {
  const wanted = (cssWidth * devicePixelRatio) / pageWidth;
  const cap = Math.sqrt(MAX_CANVAS_PIXELS / (pageWidth * pageHeight));
  return Math.min(wanted, cap);
}
