import { useEffect, useEffectEvent, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageAsset } from '../../../../shared/contract';
import type { Rotation } from '../../../../shared/domain/view';
import { rotatedSize, type Size } from '../geometry/size';
import type { PageRect } from '../geometry/visible-rect';
import { ImageLayer } from './ImageLayer';
import { PageText } from './PageText';
import { PdfLayer } from './PdfLayer';
import { PreviewLayer } from './PreviewLayer';
import { pageState } from './page-state';
import { PREVIEW_SLACK, previewServes as servedByPreview } from './preview-serves';
import { planRender, stillServes, type RenderPlan } from './render-plan';
import { useDevicePixelRatio } from './use-device-pixel-ratio';
import { usePdfPage } from './use-pdf-page';
import { useSettled } from './use-settled';

/** The part of a page in sight, and the same widened by a margin that is drawn ahead of a pan. */
export interface InSight {
  tight: PageRect;
  wide: PageRect;
}

interface PageViewProps {
  asset: PageAsset;
  title: string;
  /** The page's box on screen, in CSS pixels, already turned. */
  box: Size;
  rotation: Rotation;
  /** null when the page is off screen. */
  inSight: InSight | null;
  /** The adjustments' CSS filter, applied to the page's pixels only (not to its text or regions). */
  pixelStyle?: CSSProperties;
  /** Whether the text layer takes the pointer (select text) or lets it through (pan). */
  selectText: boolean;
  onTextKnown?: (page: number, hasText: boolean) => void;
  /** Called each time the page comes to be drawn sharp, with its index. */
  onRendered?: (page: number) => void;
  /** Drawn above the pixels and the text: the page's regions. */
  children?: ReactNode;
}

/** How long a zoom or a pan must rest before the page is drawn again. */
const SETTLE_MS = 120;
const sameBox = (a: Size, b: Size) => a.width === b.width && a.height === b.height;

/**
 * One page, PDF or image alike: the cached preview at once, then the page drawn sharp for this
 * screen (whole, or at high zoom only the part in sight); the text layer of a PDF above it.
 */
export function PageView({ asset, title, box, rotation, inSight, pixelStyle, selectText, onTextKnown, onRendered, children }: PageViewProps) {
  const { t } = useTranslation();
  const ratio = useDevicePixelRatio();
  /** How many pixels across the preview on screen holds; 0 until it shows. */
  const [previewWidth, setPreviewWidth] = useState(0);
  /** A preview that could not be had (a cache file damaged): the page is drawn from its source instead. */
  const [previewFailed, setPreviewFailed] = useState(false);
  const [imageLoaded, setImageLoaded] = useState(false);
  const [drawn, setDrawn] = useState<{ plan: RenderPlan; rotation: Rotation } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const number = asset.page + 1;
  const isPdf = asset.format === 'pdf';

  const wanted = planRender(box.width, box.height, ratio, inSight?.wide ?? null);
  const tight = inSight?.tight ?? null;
  const plan = useSettled(wanted, (next, current) => stillServes(current, next, tight), SETTLE_MS);
  const settledBox = useSettled(box, sameBox, SETTLE_MS);

  // While the screen asks no more than the preview holds, the preview is the page drawn sharp.
  const needed = rotatedSize(box, rotation).width * ratio;
  const previewServes = !previewFailed && servedByPreview(asset, needed);
  const drawnSharp = drawn !== null && drawn.rotation === rotation && stillServes(drawn.plan, wanted, tight);
  // A whole page drawn sharp covers the preview; keeping it decoded under the canvas would only cost memory.
  const wholeDrawn = isPdf && !previewServes && drawnSharp && drawn.plan.kind === 'full';
  const showPreview = asset.previewUrl !== undefined && !previewFailed && !wholeDrawn && !(imageLoaded && !previewServes);
  // A preview taken off the page holds nothing when it comes back, until it is decoded again.
  if (!showPreview && previewWidth !== 0) setPreviewWidth(0);
  const previewShown = previewWidth > 0;
  // Where the preview is the page, pdf.js starts once it shows (for the text): its start would slow the preview's decoding.
  const pdf = usePdfPage(asset, isPdf && (!previewServes || previewShown));
  const sharp = previewServes ? previewWidth * PREVIEW_SLACK >= needed : isPdf ? drawnSharp : imageLoaded;
  const problem = failure ?? (pdf.status === 'failed' ? pdf.message : null);
  const state = pageState(previewShown || sharp, sharp, problem);
  const rendered = useEffectEvent(() => onRendered?.(asset.page));
  useEffect(() => {
    if (state === 'rendered') rendered();
  }, [state]);
  const label =
    state === 'failed'
      ? t('viewer.failed', { page: number, message: problem })
      : state === 'rendered'
        ? t('viewer.pageLabel', { page: number, title })
        : t('viewer.loading', { page: number });

  return (
    <figure
      className={`page ${selectText ? 'page-select-text' : ''}`}
      data-testid="page-view"
      data-page={number}
      data-state={state}
      aria-busy={state === 'loading' || state === 'preview'}
      aria-label={label}
      style={{ width: box.width, height: box.height }}
    >
      <div className="page-pixels" style={pixelStyle}>
        {showPreview && asset.previewUrl && (
          <PreviewLayer url={asset.previewUrl} box={box} settledBox={settledBox} rotation={rotation} pageWidth={asset.width} ratio={ratio} onShown={setPreviewWidth} onFailed={() => setPreviewFailed(true)} />
        )}
        {isPdf && pdf.status === 'ready' && !previewServes && (
          <PdfLayer
            key={rotation}
            pdf={pdf.pdf}
            page={pdf.page}
            rotation={rotation}
            plan={plan}
            onDrawn={(drawnPlan) => setDrawn({ plan: drawnPlan, rotation })}
            onFailed={setFailure}
          />
        )}
        {!isPdf && !previewServes && (
          <ImageLayer
            url={asset.imageUrl ?? asset.url}
            box={box}
            rotation={rotation}
            onSharp={() => setImageLoaded(true)}
            onFailed={(url) => setFailure(t('viewer.imageFailed', { url }))}
          />
        )}
      </div>
      {/* The text after the first drawing, as pdf.js's own viewer does: the worker draws first, then reads the text. */}
      {isPdf && pdf.status === 'ready' && (drawn !== null || (previewServes && previewShown)) && (
        <PageText page={pdf.page} box={settledBox} rotation={rotation} onTextKnown={(has) => onTextKnown?.(asset.page, has)} />
      )}
      {children}
      {state === 'failed' && (
        <figcaption className="page-failure" role="alert">
          {label}
        </figcaption>
      )}
    </figure>
  );
}
