import type { PDFPageProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Rotation } from '../../../../shared/domain/view';
import type { RenderPlan } from './render-plan';

/** pdf.js turns a page by its own /Rotate plus the reader's quarter turns. */
export const pageRotation = (page: PDFPageProxy, rotation: Rotation) => (page.rotate + rotation) % 360;

/**
 * Starts drawing a plan on a fresh canvas: the whole page, or only its visible part (the page's
 * viewport shifted so that part lands at the canvas origin).
 */
export function drawPdfPage(page: PDFPageProxy, rotation: Rotation, plan: RenderPlan): { canvas: HTMLCanvasElement; task: RenderTask } {
  const turned = pageRotation(page, rotation);
  const unit = page.getViewport({ scale: 1, rotation: turned });
  const rect = plan.kind === 'detail' ? plan.rect : { x: 0, y: 0, width: 1, height: 1 };
  const pageWidth = plan.pixelWidth / rect.width;
  const pageHeight = plan.pixelHeight / rect.height;
  const viewport = page.getViewport({ scale: pageWidth / unit.width, rotation: turned });
  const canvas = document.createElement('canvas');
  canvas.width = plan.pixelWidth;
  canvas.height = plan.pixelHeight;
  canvas.className = 'page-layer page-canvas';
  canvas.dataset.testid = plan.kind === 'full' ? 'page-canvas' : 'page-detail';
  Object.assign(canvas.style, {
    left: `${rect.x * 100}%`,
    top: `${rect.y * 100}%`,
    width: `${rect.width * 100}%`,
    height: `${rect.height * 100}%`,
  });
  const transform = plan.kind === 'detail' ? [1, 0, 0, 1, -rect.x * pageWidth, -rect.y * pageHeight] : undefined;
  const task = page.render({ canvas, viewport, ...(transform ? { transform } : {}) });
  return { canvas, task };
}
