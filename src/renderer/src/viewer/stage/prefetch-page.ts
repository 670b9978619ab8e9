import { matchPath } from 'react-router';
import { openPdf } from '../../pdf/pdfjs';
import { prefetchImage } from '../../ui/image-prefetch';
import { PAGE_ROUTE } from '../page-route';
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

/**
 * The app started on a link to a page (a restart, a link from elsewhere): its files are asked for
 * before the app has drawn anything, not once the viewer is on screen.
 */
export function prefetchLinkedPage(hash: string): void {
  const [path = ''] = hash.replace(/^#/, '').split('?');
  const params = matchPath(`/${PAGE_ROUTE}`, path)?.params;
  const page = Number(params?.page);
  if (params?.docId && Number.isInteger(page) && page >= 1) prefetchPage(params.docId, page - 1);
}
