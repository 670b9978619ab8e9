import { openPdf } from '../../pdf/pdfjs';
import { fetchAsset } from './use-page-asset';

/**
 * Starts what a page needs before the document's description arrives: its asset, and for a
 * PDF page pdf.js itself, its worker and the file's first bytes, all in parallel with the preview.
 */
export function prefetchPage(docId: string, page: number): void {
  fetchAsset(docId, page)
    .then((asset) => (asset.format === 'pdf' ? openPdf(asset.url, asset.password) : undefined))
    .catch(() => undefined);
}
