import { openPdf } from '../../pdf/pdfjs';
import { prefetchImage } from '../../ui/image-prefetch';
import { fetchAsset } from './page-asset-cache';

/**
 * Starts what a page needs before the document's description arrives: its asset, then its
 * preview (fetched and decoded) and, for a PDF page, the file's first bytes in pdf.js. Only what
 * the asset says exists is asked for: a link to a missing page asks for nothing more.
 */
export function prefetchPage(docId: string, page: number): void {
  fetchAsset(docId, page)
    .then((asset) => {
      if (asset.previewUrl) prefetchImage(asset.previewUrl);
      return asset.format === 'pdf' ? openPdf(asset.url, asset.password) : undefined;
    })
    .catch(() => undefined);
}
