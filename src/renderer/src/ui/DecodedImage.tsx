import { useEffect, useEffectEvent, useRef, useState, type CSSProperties } from 'react';
import { takePrefetchedImage } from './image-prefetch';

interface DecodedImageProps {
  url: string;
  /** How many pixels across to decode: the size shown, times the screen's pixel ratio. */
  maxWidth: number;
  className?: string;
  style?: CSSProperties;
  testId?: string;
  /** The network's order among images asked for at once: a page's preview before the sidebar's thumbnails. */
  priority?: RequestPriority;
  /** Called each time the image is drawn, with how many pixels across it now holds. */
  onShown?: (width: number) => void;
  /** Called when the image cannot be fetched or decoded (not when it is abandoned). */
  onFailed?: () => void;
}

/** A wider showing is decoded again only past this growth: a zoom in steps does not decode at every step. */
const REDECODE_GROWTH = 1.05;

/** Decoded straight to the size shown (the height follows the image's own proportions). */
async function decode(url: string, width: number, priority: RequestPriority, signal: AbortSignal): Promise<ImageBitmap> {
  const response = await fetch(url, { signal, priority });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return createImageBitmap(await response.blob(), { resizeWidth: width, resizeQuality: 'medium' });
}

/**
 * An image decoded off the main thread into a canvas this element owns, at the size it is
 * shown (or as a prefetch decoded it), and freed with it. For images that come and go by the
 * hundred (pages and thumbnails paged past): an <img> would leave each one decoded in the
 * browser's image cache.
 */
export function DecodedImage({ url, maxWidth, className, style, testId, priority = 'auto', onShown, onFailed }: DecodedImageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const shown = useEffectEvent((width: number) => onShown?.(width));
  const failed = useEffectEvent(() => onFailed?.());
  // Decoded at the size of its first showing, and again when shown wider (never narrower: that is only a stretch down).
  const [width, setWidth] = useState(() => Math.max(1, Math.round(maxWidth)));
  if (maxWidth > width * REDECODE_GROWTH) setWidth(Math.round(maxWidth));
  const first = useRef(true);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const abandoned = new AbortController();
    const prefetched = first.current ? takePrefetchedImage(url) : undefined;
    first.current = false;
    const show = (image: ImageBitmap) => {
      const context = canvas.getContext('bitmaprenderer');
      if (abandoned.signal.aborted || !context) return image.close();
      // Handed to the canvas whole, not drawn into it: no copy and no scaling on the main thread (the
      // compositor scales it to the box). The old picture stays until then: no blank frame between.
      const holds = image.width;
      canvas.width = image.width;
      canvas.height = image.height;
      context.transferFromImageBitmap(image);
      shown(holds);
    };
    (async () => {
      // A failed prefetch is not the image's failure: it is fetched again below.
      const early = await prefetched?.catch(() => undefined);
      if (early) {
        const fits = early.width <= width * REDECODE_GROWTH && early.width * REDECODE_GROWTH >= width;
        show(early);
        // Shown at once as the prefetch decoded it (at a guessed size); decoded again at the size
        // shown when the guess missed: wider holds more than needed, narrower less than shown.
        if (fits) return;
      }
      show(await decode(url, width, priority, abandoned.signal));
    })().catch(() => {
      if (!abandoned.signal.aborted) failed();
    });
    return () => abandoned.abort();
  }, [url, priority, width]);

  useEffect(() => {
    const canvas = canvasRef.current;
    return () => {
      // A canvas without its picture and of no size gives its pixels back at once, not at the next collection.
      if (!canvas) return;
      canvas.getContext('bitmaprenderer')?.transferFromImageBitmap(null);
      canvas.width = 0;
      canvas.height = 0;
    };
  }, []);

  return <canvas ref={canvasRef} className={className} style={style} data-testid={testId} aria-hidden="true" />;
}
