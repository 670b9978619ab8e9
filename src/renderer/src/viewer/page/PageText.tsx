import { useMemo } from 'react';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Rotation } from '../../../../shared/domain/view';
import type { Size } from '../geometry/size';
import { TextLayer } from '../text-layer/TextLayer';
import { pageRotation } from './draw-pdf-page';

interface PageTextProps {
  page: PDFPageProxy;
  /** The page's settled box on screen: the text is laid out again only when a zoom rests. */
  box: Size;
  rotation: Rotation;
  onTextKnown: (hasText: boolean) => void;
}

/** A PDF's own text over its page, at the page's size on screen and turned with it. */
export function PageText({ page, box, rotation, onTextKnown }: PageTextProps) {
  const viewport = useMemo(() => {
    const turned = pageRotation(page, rotation);
    const unit = page.getViewport({ scale: 1, rotation: turned });
    return page.getViewport({ scale: box.width / unit.width, rotation: turned });
  }, [page, rotation, box.width]);
  return <TextLayer page={page} viewport={viewport} onTextFound={onTextKnown} />;
}
