import type { Point } from '../../../../shared/domain/annotations';
import { childNamed, childrenNamed, numberAttr, type XmlElement } from '../exchange/read-xml';
import { readPoints } from '../exchange/read-points';

/**
 * The points of an element's Coords or Baseline child: @points since PAGE 2013, <Point x y>
 * children in 2009–2010. Undefined when the child is missing or its points cannot be read.
 */
export function readPagePoints(el: XmlElement, child: 'Coords' | 'Baseline'): Point[] | undefined {
  const coords = childNamed(el, child);
  if (!coords) return undefined;
  const points = coords.attrs.get('points');
  if (points !== undefined) return readPoints(points);
  const read: Point[] = [];
  for (const point of childrenNamed(coords, 'Point')) {
    const x = numberAttr(point, 'x');
    const y = numberAttr(point, 'y');
    if (x === undefined || y === undefined) return undefined;
    read.push([x, y]);
  }
  return read;
}
