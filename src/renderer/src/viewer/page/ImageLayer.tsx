import type { Rotation } from '../../../../shared/domain/view';
import { rotatedSize, rotationTransform, type Size } from '../geometry/size';

interface ImageLayerProps {
  url: string;
  box: Size;
  rotation: Rotation;
  onSharp: () => void;
  onFailed: (message: string) => void;
}

/** A scan the browser decodes itself, at full resolution; the GPU scales and turns it. */
export function ImageLayer({ url, box, rotation, onSharp, onFailed }: ImageLayerProps) {
  const upright = rotatedSize(box, rotation);
  return (
    <img
      className="page-layer page-image"
      data-testid="page-image"
      src={url}
      alt=""
      draggable={false}
      decoding="async"
      style={{ width: upright.width, height: upright.height, transform: rotationTransform(rotation, upright) }}
      onLoad={onSharp}
      onError={() => onFailed(url)}
    />
  );
}
