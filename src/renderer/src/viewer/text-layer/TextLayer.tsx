import { useEffect, useEffectEvent, useRef } from 'react';
import type { PageViewport, PDFPageProxy, TextLayer as PdfTextLayer } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { loadPdfJs } from '../../pdf/pdfjs-module';
import { hasText } from './has-text';
import './text-layer.css';

interface TextLayerProps {
  page: PDFPageProxy;
  /** The page at its size on screen, turned as shown. A new one lays the text out again: keep it stable between renders. */
  viewport: PageViewport;
  onTextFound?: (hasText: boolean) => void;
}

/**
 * A PDF page's own text (a digitised newspaper's hidden OCR, say) over its canvas: invisible, but
 * selectable with the mouse, so copying and the browser's find in page work. Put it inside the
 * positioned page element, after the canvas.
 */
export function TextLayer({ page, viewport, onTextFound }: TextLayerProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  // Read once while the page is shown: a zoom lays the same text out again at the new size.
  const read = useRef<{ page: PDFPageProxy; content: Promise<TextContent> } | null>(null);
  const reportText = useEffectEvent((found: boolean) => onTextFound?.(found));

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let abandoned = false;
    let layer: PdfTextLayer | undefined;
    // pdf.js sizes the layer and its text in CSS pixels per PDF unit from these.
    container.style.setProperty('--scale-factor', String(viewport.scale));
    container.style.setProperty('--user-unit', String(viewport.userUnit));
    if (read.current?.page !== page) read.current = { page, content: page.getTextContent() };
    Promise.all([read.current.content, loadPdfJs()])
      .then(async ([content, pdfjs]) => {
        if (abandoned) return;
        reportText(hasText(content));
        layer = new pdfjs.TextLayer({ textContentSource: content, container, viewport });
        await layer.render();
      })
      .catch(() => {
        // A layout cancelled for a newer one is abandoned; text pdf.js cannot extract leaves none to select.
        if (!abandoned) reportText(false);
      });
    return () => {
      abandoned = true;
      layer?.cancel();
      container.replaceChildren();
    };
  }, [page, viewport]);

  return <div ref={containerRef} className="text-layer" data-testid="text-layer" />;
}
