import { useEffect, useEffectEvent, useRef, type CSSProperties } from 'react';
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
  onShown?: () => void;
}

/** Decoded straight to the size shown (the height follows the image's own proportions). */
async function decode(url: string, width: number, priority: RequestPriority, signal: AbortSignal): Promise<ImageBitmap> {
  const response = await fetch(url, { signal, priority });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return createImageBitmap(await response.blob(), { resizeWidth: width, resizeQuality: 'medium' });
}

/**
 * An image decoded off the main thread into a canvas this element owns, at the size it is
 * shown, and freed with it. For images that come and go by the hundred (pages and
 * thumbnails paged past): an <img> would leave each one decoded in the browser's image cache.
 */
export function DecodedImage({ url, maxWidth, className, style, testId, priority = 'auto', onShown }: DecodedImageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const shown = useEffectEvent(() => onShown?.());
  // Decoded once at the size of its first showing; a later zoom stretches it, as it would an image.
  const widest = useRef(Math.max(1, Math.round(maxWidth)));

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const abandoned = new AbortController();
    (async () => {
      const image = await (takePrefetchedImage(url) ?? decode(url, widest.current, priority, abandoned.signal));
      if (abandoned.signal.aborted) return image.close();
      canvas.width = widest.current;
      canvas.height = Math.max(1, Math.round((image.height * widest.current) / image.width));
      canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
      image.close();
      shown();
    })().catch(() => undefined);
    return () => {
      abandoned.abort();
      // A zero-sized canvas gives its pixels back at once, not at the next collection.
      canvas.width = 0;
      canvas.height = 0;
    };
  }, [url, priority]);

  return <canvas ref={canvasRef} className={className} style={style} data-testid={testId} aria-hidden="true" />;
}
