import type { Rotation } from '../../../../shared/domain/view';
import { PREVIEW_WIDTH } from '../../../../shared/page-images';
import { DecodedImage } from '../../ui/DecodedImage';
import { rotatedSize, rotationTransform, type Size } from '../geometry/size';

interface PreviewLayerProps {
  url: string;
  /** The page's box on screen, already turned. */
  box: Size;
  /** The box once a zoom has rested: the preview is decoded for it, not for every step of the zoom. */
  settledBox: Size;
  rotation: Rotation;
  /** The page's reference grid width: a preview is never made wider than its page. */
  pageWidth: number;
  /** Device pixels per CSS pixel: the preview is decoded no larger than the screen shows it, nor than it was made. */
  ratio: number;
  /** Called each time the preview is drawn, with how many pixels across it holds. */
  onShown: (width: number) => void;
  /** Called when the preview cannot be fetched or decoded. */
  onFailed: () => void;
}

/** The small image made at import, stretched to the page: something to read at once, and the ground under a detail canvas. */
export function PreviewLayer({ url, box, settledBox, rotation, pageWidth, ratio, onShown, onFailed }: PreviewLayerProps) {
  const upright = rotatedSize(box, rotation);
  return (
    <DecodedImage
      url={url}
      maxWidth={Math.min(rotatedSize(settledBox, rotation).width * ratio, PREVIEW_WIDTH, pageWidth)}
      className="page-layer page-preview"
      testId="page-preview"
      priority="high"
      style={{ width: upright.width, height: upright.height, transform: rotationTransform(rotation, upright) }}
      onShown={onShown}
      onFailed={onFailed}
    />
  );
}
