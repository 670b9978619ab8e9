import type { Rotation } from '../../../../shared/domain/view';
import { DecodedImage } from '../../ui/DecodedImage';
import { rotatedSize, rotationTransform, type Size } from '../geometry/size';

interface PreviewLayerProps {
  url: string;
  /** The page's box on screen, already turned. */
  box: Size;
  rotation: Rotation;
  /** Device pixels per CSS pixel: the preview is decoded no larger than the screen shows it. */
  ratio: number;
  onShown: () => void;
}

/** The small image made at import, stretched to the page: something to read at once, and the ground under a detail canvas. */
export function PreviewLayer({ url, box, rotation, ratio, onShown }: PreviewLayerProps) {
  const upright = rotatedSize(box, rotation);
  return (
    <DecodedImage
      url={url}
      maxWidth={upright.width * ratio}
      className="page-layer page-preview"
      testId="page-preview"
      priority="high"
      style={{ width: upright.width, height: upright.height, transform: rotationTransform(rotation, upright) }}
      onShown={onShown}
    />
  );
}
