import type { LoaderFunctionArgs } from 'react-router';
import type { PageAsset } from '../../../../shared/contract';
import { openPdf } from '../../pdf/pdfjs';
import { PREVIEW_WIDTH } from '../../../../shared/page-images';
import { prefetchImage } from '../../ui/image-prefetch';
import { parseZoom, type ZoomMode } from '../geometry/zoom';
import { previewServes } from '../page/preview-serves';
import { fetchAsset } from './page-asset-cache';
import { isOnStage } from './pages-on-stage';

/**
 * How wide the page will be asked for, in device pixels, guessed before the viewer has laid it
 * out: a fitted page is at most as wide as the window. A guess decides only whether pdf.js is
 * started now or when the page view mounts, and the size a preview is decoded at (the page view
 * decodes it again at the size shown when the guess missed).
 */
function guessedWidth(asset: PageAsset, zoom: ZoomMode | null): number {
  const across = zoom?.kind === 'scale' ? zoom.value * asset.width : window.innerWidth;
  return across * window.devicePixelRatio;
}

/**
 * Starts what a page needs before the viewer exists: its asset, then its preview (fetched and
 * decoded) and, for a PDF page pdf.js will draw, the file's first bytes in pdf.js. Where the
 * preview is the page (a scan at fit width), pdf.js waits for it to show: starting pdf.js and its
 * worker takes the processor the preview's decoding needs. Only what the asset says exists is
 * asked for: a link to a missing page asks for nothing more. A page already on the stage (the
 * page continuous scrolling names in the URL as it passes) has asked for its files itself.
 * `shownWidth`, in device pixels, when the viewer knows better than a guess (the page beside it).
 */
export function prefetchPage(docId: string, page: number, zoom: ZoomMode | null, shownWidth?: number): void {
  if (isOnStage(docId, page)) return;
  fetchAsset(docId, page)
    .then((asset) => {
      const width = shownWidth ?? guessedWidth(asset, zoom);
      // As the preview layer decodes it: never wider than the preview was made, nor than its page.
      if (asset.previewUrl) prefetchImage(asset.previewUrl, Math.min(width, PREVIEW_WIDTH, asset.width));
      if (asset.format === 'pdf' && !previewServes(asset, width)) return openPdf(asset.url, asset.password);
    })
    .catch(() => undefined);
}

/**
 * The page route's loader: it runs as a navigation starts (a click in the library, a link, a
 * page turn, the app started on a link), so the page's files are on their way while the viewer
 * renders. It answers at once: the viewer never waits for it.
 */
export function prefetchPageRoute({ params, request }: LoaderFunctionArgs): null {
  const page = Number(params.page);
  const zoom = parseZoom(new URL(request.url).searchParams.get('zoom'));
  if (params.docId && Number.isInteger(page) && page >= 1) prefetchPage(params.docId, page - 1, zoom);
  return null;
}
