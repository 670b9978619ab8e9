import type { ViewerPdf } from './viewer-pdfs';

/** The two zooms the issue names: fit width, and 400 % as pdf.js counts it. */
export type BenchZoom = 'fit-width' | '400%';

export const BENCH_ZOOMS: readonly BenchZoom[] = ['fit-width', '400%'];

/** pdf.js's 100 % shows a PDF point as 96/72 CSS pixels (PixelsPerInch.PDF_TO_CSS_UNITS). */
const CSS_PX_PER_POINT = 96 / 72;

/** pdf.js's `currentScaleValue` for a zoom. */
export const stockScale = (zoom: BenchZoom): string => (zoom === 'fit-width' ? 'page-width' : '4');

/**
 * Our `?zoom=` for a zoom: `fit-width`, or CSS pixels per reference-grid pixel chosen so that
 * page 1 is exactly as wide on screen as in pdf.js at scale 4.
 */
export function ourZoom(zoom: BenchZoom, pdf: ViewerPdf, gridWidth: number): string {
  if (zoom === 'fit-width') return 'fit-width';
  return String(Number(((4 * pdf.widthPt * CSS_PX_PER_POINT) / gridWidth).toPrecision(6)));
}
