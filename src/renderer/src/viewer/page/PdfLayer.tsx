import { useEffect, useEffectEvent, useRef } from 'react';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { whileReadable } from '../../pdf/pdfjs';
import type { Rotation } from '../../../../shared/domain/view';
import { drawPdfPage } from './draw-pdf-page';
import { releaseCanvas } from './release-canvas';
import type { RenderPlan } from './render-plan';

interface PdfLayerProps {
  /** The page's document: a failed read of its file ends a drawing instead of stalling it. */
  pdf: PDFDocumentProxy;
  page: PDFPageProxy;
  rotation: Rotation;
  /** The settled plan: redrawn only when it changes. */
  plan: RenderPlan | null;
  /** Called with the plan once its drawing is on screen. */
  onDrawn: (plan: RenderPlan) => void;
  onFailed: (message: string) => void;
}

interface Shown {
  canvas: HTMLCanvasElement;
  plan: RenderPlan;
}

/**
 * pdf.js draws the page on canvases this layer owns outside React: a new drawing replaces the
 * old only when finished (no blank flash), a stale one is cancelled, and a canvas is released
 * as soon as it leaves the screen. No drawn page is kept for a return: a page comes back with
 * its preview at once, and a 2D canvas kept costs the renderer about three times its pixels
 * (its own and the compositor's copies), which paging a long book paid for in memory.
 */
export function PdfLayer({ pdf, page, rotation, plan, onDrawn, onFailed }: PdfLayerProps) {
  const host = useRef<HTMLDivElement>(null);
  const shown = useRef<Shown | null>(null);
  const drawnNow = useEffectEvent(onDrawn);
  const failedNow = useEffectEvent(onFailed);

  const show = (next: Shown) => {
    const old = shown.current;
    host.current?.append(next.canvas);
    shown.current = next;
    if (old && old.canvas !== next.canvas) retire(old.canvas);
  };

  useEffect(() => {
    if (!plan) return;
    if (shown.current && sameWholePage(shown.current.plan, plan)) return drawnNow(plan);
    const { canvas, task } = drawPdfPage(page, rotation, plan);
    let current = true;
    whileReadable(pdf, task.promise).then(
      () => {
        if (!current) return releaseCanvas(canvas);
        show({ canvas, plan });
        drawnNow(plan);
      },
      (error: unknown) => {
        releaseCanvas(canvas);
        if (!current || (error as { name?: string }).name === 'RenderingCancelledException') return;
        failedNow(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
      task.cancel();
    };
  }, [pdf, page, rotation, plan]);

  useEffect(
    () => () => {
      if (shown.current) retire(shown.current.canvas);
      shown.current = null;
    },
    [],
  );

  return <div ref={host} className="page-layer page-pdf" />;
}

/** A whole page drawn at this size is still the drawing asked for; a detail belongs to one scroll position. */
const sameWholePage = (a: RenderPlan, b: RenderPlan) => a.kind === 'full' && b.kind === 'full' && a.pixelWidth === b.pixelWidth && a.pixelHeight === b.pixelHeight;

function retire(canvas: HTMLCanvasElement): void {
  canvas.remove();
  releaseCanvas(canvas);
}
