import type { Point } from '../../../../shared/domain/annotations';

/**
 * Where a pointer is in the page's grid: the inverse of the layer's own screen transform, so it
 * holds at any zoom, turn or scroll without the overlay knowing them. Null while the layer is
 * not laid out.
 */
export function gridPoint(layer: SVGGraphicsElement | null, clientX: number, clientY: number): Point | null {
  const matrix = layer?.getScreenCTM();
  if (!matrix) return null;
  const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return [point.x, point.y];
}
