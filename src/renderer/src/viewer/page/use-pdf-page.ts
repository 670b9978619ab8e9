import { useEffect, useState } from 'react';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageAsset } from '../../../../shared/contract';
import { cleanUpWhenIdle } from '../../pdf/idle-cleanup';
import { openPdf, whileReadable } from '../../pdf/pdfjs';

export type PdfPageState = { status: 'loading' } | { status: 'ready'; pdf: PDFDocumentProxy; page: PDFPageProxy } | { status: 'failed'; message: string };

/** Opens one PDF page for as long as it is on screen; leaving frees what pdf.js decoded for it. */
export function usePdfPage(asset: PageAsset, enabled: boolean): PdfPageState {
  const key = `${asset.url}#${asset.sourcePage}`;
  const [answer, setAnswer] = useState<{ key: string; state: PdfPageState } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    let opened: { pdf: PDFDocumentProxy; page: PDFPageProxy } | undefined;
    openPdf(asset.url, asset.password)
      .then(async (pdf) => {
        const page = await whileReadable(pdf, pdf.getPage(asset.sourcePage));
        opened = { pdf, page };
        if (alive) setAnswer({ key, state: { status: 'ready', pdf, page } });
      })
      .catch((error: unknown) => {
        if (alive) setAnswer({ key, state: { status: 'failed', message: error instanceof Error ? error.message : String(error) } });
      });
    return () => {
      alive = false;
      // Fonts, images and operator lists of a page off screen are the bulk of pdf.js's memory.
      if (!opened) return;
      opened.page.cleanup();
      cleanUpWhenIdle(opened.pdf);
    };
  }, [asset.url, asset.password, asset.sourcePage, enabled, key]);
  return answer?.key === key ? answer.state : { status: 'loading' };
}
