import type { Rotation } from '../../../../shared/domain/view';

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a part of an upright page of this size lies once the page is turned clockwise by `rotation`. */
export function rotatedRect(rect: Rect, size: Size, rotation: Rotation): Rect {
  const { x, y, width, height } = rect;
  switch (rotation) {
    case 0:
      return rect;
    case 90:
      return { x: size.height - y - height, y: x, width: height, height: width };
    case 180:
      return { x: size.width - x - width, y: size.height - y - height, width, height };
    case 270:
      return { x: y, y: size.width - x - width, width: height, height: width };
  }
}

/** A page's box once turned: a quarter turn swaps its sides. */
export function rotatedSize(size: Size, rotation: Rotation): Size {
  return rotation === 90 || rotation === 270 ? { width: size.height, height: size.width } : size;
}

/** The next quarter turn, clockwise (+1) or back (−1). */
export function turn(rotation: Rotation, direction: 1 | -1): Rotation {
  return (((rotation + direction * 90) % 360) + 360) % 360 as Rotation;
}

/**
 * The CSS transform that lays an unturned w×h layer (origin top left) into its turned box: for an
 * image or a preview, which the browser turns on the GPU; pdf.js turns its own canvas.
 */
export function rotationTransform(rotation: Rotation, size: Size): string | undefined {
  const { width: w, height: h } = size;
  switch (rotation) {
    case 0:
      return undefined;
    case 90:
      return `translate(${h}px, 0) rotate(90deg)`;
    case 180:
      return `translate(${w}px, ${h}px) rotate(180deg)`;
    case 270:
      return `translate(0, ${w}px) rotate(270deg)`;
  }
}
