import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageAsset } from '../../../shared/contract';
import { openPdf } from '../pdf/pdfjs';
import { renderScale } from './canvas-limits';

export type PageState = 'loading' | 'rendered' | 'failed';

interface PageViewProps {
  asset: PageAsset;
  title: string;
  /** CSS pixels available for the page's width (fit width). */
  width: number;
}

/**
 * One page, fit to width: a PDF page drawn by pdf.js on a canvas, or an image decoded by the
 * browser. Its state is on the element (data-state) and in its accessible label.
 */
export function PageView({ asset, title, width }: PageViewProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<PageState>('loading');
  const [failure, setFailure] = useState('');
  const number = asset.page + 1;

  const label =
    state === 'failed'
      ? t('viewer.failed', { page: number, message: failure })
      : state === 'loading'
        ? t('viewer.loading', { page: number })
        : t('viewer.pageLabel', { page: number, title });

  const height = width > 0 ? Math.round((width * asset.height) / asset.width) : undefined;
  const onResult = (result: PageState, message = '') => {
    setState(result);
    setFailure(message);
  };

  return (
    <figure className="page" data-testid="page-view" data-state={state} aria-busy={state === 'loading'} aria-label={label} style={{ width, height }}>
      {width > 0 && (asset.format === 'pdf' ? <PdfCanvas asset={asset} width={width} onResult={onResult} /> : <PageImage asset={asset} onResult={onResult} />)}
      {state === 'failed' && (
        <figcaption className="page-failure" role="alert">
          {label}
        </figcaption>
      )}
    </figure>
  );
}

interface RendererProps {
  asset: PageAsset;
  onResult: (state: PageState, message?: string) => void;
}

function PdfCanvas({ asset, width, onResult }: RendererProps & { width: number }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const abandoned = new AbortController();
    const isAbandoned = () => abandoned.signal.aborted;
    let cancelRender: () => void = () => undefined;
    onResult('loading');
    (async () => {
      const pdf = await openPdf(asset.url, asset.password);
      const page = await pdf.getPage(asset.sourcePage);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: renderScale(base.width, base.height, width, window.devicePixelRatio || 1) });
      if (isAbandoned()) return;
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      const task = page.render({ canvas, viewport });
      cancelRender = () => task.cancel();
      await task.promise;
      if (!isAbandoned()) onResult('rendered');
    })().catch((error: unknown) => {
      if (isAbandoned() || (error as { name?: string }).name === 'RenderingCancelledException') return;
      onResult('failed', error instanceof Error ? error.message : String(error));
    });
    return () => {
      abandoned.abort();
      cancelRender();
    };
    // onResult is recreated each render; the drawing depends only on the page and the width.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asset.url, asset.password, asset.sourcePage, width]);

  return <canvas ref={canvasRef} className="page-canvas" data-testid="page-canvas" />;
}

function PageImage({ asset, onResult }: RendererProps) {
  return (
    <img
      className="page-image"
      data-testid="page-image"
      src={asset.imageUrl ?? asset.url}
      alt=""
      decoding="async"
      onLoad={() => onResult('rendered')}
      onError={() => onResult('failed', asset.imageUrl ?? asset.url)}
    />
  );
}
