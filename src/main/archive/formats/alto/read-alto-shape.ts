import type { Point, Shape } from '../../../../shared/domain/annotations';
import { readPoints } from '../exchange/read-points';
import { childNamed, numberAttr, type XmlElement } from '../exchange/read-xml';

/** An ALTO element's box (HPOS, VPOS, WIDTH, HEIGHT), when it has all four. */
export function altoBox(el: XmlElement): { x: number; y: number; width: number; height: number } | undefined {
  const x = numberAttr(el, 'HPOS');
  const y = numberAttr(el, 'VPOS');
  const width = numberAttr(el, 'WIDTH');
  const height = numberAttr(el, 'HEIGHT');
  return x === undefined || y === undefined || width === undefined || height === undefined ? undefined : { x, y, width, height };
}

/** The outline a Shape/Polygon gives (ALTO 2.1+), when it gives one of 3 points or more. */
export function altoPolygon(el: XmlElement): Point[] | undefined {
  const shape = childNamed(el, 'Shape');
  const polygon = shape && childNamed(shape, 'Polygon');
  const points = polygon?.attrs.get('POINTS');
  const read = points === undefined ? undefined : readPoints(points);
  return read && read.length >= 3 ? read : undefined;
}

/** A block's outline: its polygon when it has one (an ellipse or circle stays its box), else its box. */
export function altoShape(el: XmlElement): Shape | undefined {
  const points = altoPolygon(el);
  if (points) return { type: 'polygon', points };
  const box = altoBox(el);
  return box && box.width > 0 && box.height > 0 ? { type: 'rect', ...box } : undefined;
}
