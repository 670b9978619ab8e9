import { useEffect, useEffectEvent, useRef } from 'react';
import { TextLayer as PdfTextLayer, type PageViewport, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { hasText } from './has-text';
import './text-layer.css';

/** A page's text is read once; a zoom lays the same text out again at the new size. */
const contents = new WeakMap<PDFPageProxy, Promise<TextContent>>();
const textOf = (page: PDFPageProxy) => {
  let content = contents.get(page);
  if (!content) {
    content = page.getTextContent();
    contents.set(page, content);
  }
  return content;
};

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
  const reportText = useEffectEvent((found: boolean) => onTextFound?.(found));

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let abandoned = false;
    let layer: PdfTextLayer | undefined;
    // pdf.js sizes the layer and its text in CSS pixels per PDF unit from these.
    container.style.setProperty('--scale-factor', String(viewport.scale));
    container.style.setProperty('--user-unit', String(viewport.userUnit));
    textOf(page)
      .then(async (content) => {
        if (abandoned) return;
        reportText(hasText(content));
        layer = new PdfTextLayer({ textContentSource: content, container, viewport });
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
