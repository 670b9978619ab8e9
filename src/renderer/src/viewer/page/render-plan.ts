import { covers, type PageRect } from '../geometry/visible-rect';

/** Browsers refuse or blank canvases past roughly 16 megapixels (iOS) to 268 (desktop Chrome). */
export const MAX_CANVAS_PIXELS = 16_777_216;
/**
 * Above this many device pixels a whole-page canvas costs more than it shows: only the visible
 * part is drawn sharp (a detail canvas), over the preview.
 */
export const FULL_PAGE_PIXELS = 8_388_608;

export type RenderPlan =
  | { kind: 'full'; pixelWidth: number; pixelHeight: number }
  | { kind: 'detail'; rect: PageRect; pixelWidth: number; pixelHeight: number };

/**
 * How to draw a page shown at cssWidth × cssHeight on a screen of this pixel ratio: whole, when
 * that is cheap, else only `visible` (null when the page is out of sight: nothing to draw). Never
 * a canvas past MAX_CANVAS_PIXELS: a detail that large is drawn at a lower resolution.
 */
export function planRender(cssWidth: number, cssHeight: number, devicePixelRatio: number, visible: PageRect | null): RenderPlan | null {
  const fullWidth = cssWidth * devicePixelRatio;
  const fullHeight = cssHeight * devicePixelRatio;
  if (fullWidth * fullHeight <= FULL_PAGE_PIXELS) {
    return { kind: 'full', pixelWidth: Math.max(1, Math.round(fullWidth)), pixelHeight: Math.max(1, Math.round(fullHeight)) };
  }
  if (!visible) return null;
  const width = visible.width * fullWidth;
  const height = visible.height * fullHeight;
  const shrink = Math.min(1, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)));
  return {
    kind: 'detail',
    rect: visible,
    pixelWidth: Math.max(1, Math.round(width * shrink)),
    pixelHeight: Math.max(1, Math.round(height * shrink)),
  };
}

/** The whole page's width in device pixels at a plan's resolution. */
const density = (plan: RenderPlan) => (plan.kind === 'full' ? plan.pixelWidth : plan.pixelWidth / plan.rect.width);

/**
 * Whether a drawing made for `drawn` still serves what `wanted` asks: the same whole page, or a
 * detail at the same resolution that still covers the part in sight (`inSight`, without the
 * margin), so a small pan needs no new drawing.
 */
export function stillServes(drawn: RenderPlan | null, wanted: RenderPlan | null, inSight: PageRect | null): boolean {
  if (!drawn || !wanted) return drawn === wanted;
  if (drawn.kind !== wanted.kind || Math.abs(density(drawn) - density(wanted)) > 0.5) return false;
  if (drawn.kind === 'full') return drawn.pixelHeight === wanted.pixelHeight;
  return inSight !== null && covers(drawn.rect, inSight);
}
