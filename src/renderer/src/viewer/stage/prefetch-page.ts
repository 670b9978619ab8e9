import { pageImageUrl } from '../../../../shared/asset-urls';
import { openPdf } from '../../pdf/pdfjs';
import { prefetchImage } from '../../ui/image-prefetch';
import { fetchAsset } from './use-page-asset';

/**
 * Starts what a page needs before the document's description arrives: its preview, decoded;
 * its asset; and for a PDF page the file's first bytes in pdf.js, all at once.
 */
export function prefetchPage(docId: string, page: number): void {
  // Its address is known without asking; the server answers 404 for a page without one.
  prefetchImage(pageImageUrl('preview', docId, page));
  fetchAsset(docId, page)
    .then((asset) => (asset.format === 'pdf' ? openPdf(asset.url, asset.password) : undefined))
    .catch(() => undefined);
}
