import { useEffect, useEffectEvent, useRef } from 'react';
import type { Rotation } from '../../../../shared/domain/view';
import { rotatedSize, rotationTransform, type Size } from '../geometry/size';
import { release } from './canvas-cache';

interface PreviewLayerProps {
  url: string;
  /** The page's box on screen, already turned. */
  box: Size;
  rotation: Rotation;
  /** Device pixels per CSS pixel: the preview is decoded no larger than the screen shows it. */
  ratio: number;
  onShown: () => void;
}

/**
 * The small image made at import, stretched to the page: something to read at once, and the
 * ground under a detail canvas. It is decoded off the main thread into a canvas this layer
 * owns, at the size shown, and freed with it: an <img> would leave every preview paged past
 * decoded in the browser's image cache.
 */
export function PreviewLayer({ url, box, rotation, ratio, onShown }: PreviewLayerProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const shown = useEffectEvent(onShown);
  const upright = rotatedSize(box, rotation);
  // Decoded once per page at the size of its first showing; a zoom stretches it, as it would an image.
  const decodeSize = useRef({ width: Math.max(1, Math.round(upright.width * ratio)), height: Math.max(1, Math.round(upright.height * ratio)) });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const abandoned = new AbortController();
    (async () => {
      const response = await fetch(url, { signal: abandoned.signal });
      if (!response.ok) return;
      const blob = await response.blob();
      const image = await createImageBitmap(blob);
      // Never larger than the preview itself: past that, stretching costs memory and adds nothing.
      const scale = Math.min(1, decodeSize.current.width / image.width);
      const width = Math.max(1, Math.round(image.width * scale));
      const height = Math.max(1, Math.round(image.height * scale));
      if (abandoned.signal.aborted) return image.close();
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d')?.drawImage(image, 0, 0, width, height);
      image.close();
      shown();
    })().catch(() => undefined);
    return () => {
      abandoned.abort();
      release(canvas);
    };
  }, [url]);

  return (
    <canvas
      ref={canvasRef}
      className="page-layer page-preview"
      data-testid="page-preview"
      style={{ width: upright.width, height: upright.height, transform: rotationTransform(rotation, upright) }}
    />
  );
}
