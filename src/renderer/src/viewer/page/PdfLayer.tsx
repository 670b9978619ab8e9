import { useEffect, useEffectEvent, useRef } from 'react';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { whileReadable } from '../../pdf/pdfjs';
import type { Rotation } from '../../../../shared/domain/view';
import { drawPdfPage } from './draw-pdf-page';
import { release } from './canvas-cache';
import { pdfCanvasCache } from './pdf-canvas-cache';
import type { RenderPlan } from './render-plan';

interface PdfLayerProps {
  /** The page's document: a failed read of its file ends a drawing instead of stalling it. */
  pdf: PDFDocumentProxy;
  page: PDFPageProxy;
  /** Identifies the page across mounts, for the cache of drawn pages. */
  pageKey: string;
  rotation: Rotation;
  /** The settled plan: redrawn only when it changes. */
  plan: RenderPlan | null;
  /** Called with the plan once its drawing is on screen. */
  onDrawn: (plan: RenderPlan) => void;
  onFailed: (message: string) => void;
}

interface Shown {
  canvas: HTMLCanvasElement;
  cacheKey: string | null;
}

/**
 * pdf.js draws the page on canvases this layer owns outside React: a new drawing replaces the
 * old only when finished (no blank flash), a stale one is cancelled, and a whole-page drawing
 * goes to the bounded cache when the page leaves the screen.
 */
export function PdfLayer({ pdf, page, pageKey, rotation, plan, onDrawn, onFailed }: PdfLayerProps) {
  const host = useRef<HTMLDivElement>(null);
  const shown = useRef<Shown | null>(null);
  const drawnNow = useEffectEvent(onDrawn);
  const failedNow = useEffectEvent(onFailed);

  const show = (next: Shown) => {
    const old = shown.current;
    host.current?.append(next.canvas);
    shown.current = next;
    if (old && old.canvas !== next.canvas) retire(old);
  };

  useEffect(() => {
    if (!plan) return;
    const cacheKey = plan.kind === 'full' ? `${pageKey}@${rotation}:${plan.pixelWidth}x${plan.pixelHeight}` : null;
    if (cacheKey && shown.current?.cacheKey === cacheKey) return drawnNow(plan);
    const cached = cacheKey ? pdfCanvasCache.take(cacheKey) : undefined;
    if (cached && cacheKey) {
      show({ canvas: cached, cacheKey });
      return drawnNow(plan);
    }
    const { canvas, task } = drawPdfPage(page, rotation, plan);
    let current = true;
    whileReadable(pdf, task.promise).then(
      () => {
        if (!current) return release(canvas);
        show({ canvas, cacheKey });
        drawnNow(plan);
      },
      (error: unknown) => {
        release(canvas);
        if (!current || (error as { name?: string }).name === 'RenderingCancelledException') return;
        failedNow(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
      task.cancel();
    };
  }, [pdf, page, pageKey, rotation, plan]);

  useEffect(
    () => () => {
      if (shown.current) retire(shown.current);
      shown.current = null;
    },
    [],
  );

  return <div ref={host} className="page-layer page-pdf" />;
}

/** A whole page goes to the cache for a quick return; a detail is released at once. */
function retire({ canvas, cacheKey }: Shown): void {
  canvas.remove();
  if (cacheKey) pdfCanvasCache.put(cacheKey, canvas);
  else release(canvas);
}
