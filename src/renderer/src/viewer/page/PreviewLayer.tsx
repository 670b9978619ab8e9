import type { Rotation } from '../../../../shared/domain/view';
import { rotatedSize, rotationTransform, type Size } from '../geometry/size';

interface PreviewLayerProps {
  url: string;
  /** The page's box on screen, already turned. */
  box: Size;
  rotation: Rotation;
  onShown: () => void;
}

/** The small image made at import, stretched to the page: something to read at once, and the ground under a detail canvas. */
export function PreviewLayer({ url, box, rotation, onShown }: PreviewLayerProps) {
  const upright = rotatedSize(box, rotation);
  return (
    <img
      className="page-layer page-preview"
      data-testid="page-preview"
      src={url}
      alt=""
      draggable={false}
      style={{ width: upright.width, height: upright.height, transform: rotationTransform(rotation, upright) }}
      onLoad={onShown}
    />
  );
}
