import type { SVGProps } from 'react';
import type { Point, Shape } from '../../../../shared/domain/annotations';

/** SVG's points attribute for a list of grid points. */
export const pointsAttribute = (points: readonly Point[]): string => points.map(([x, y]) => `${x},${y}`).join(' ');

type ShapeElementProps = { shape: Shape } & Omit<SVGProps<SVGRectElement & SVGPolygonElement>, 'points' | 'x' | 'y' | 'width' | 'height' | 'ref'>;

/** A region's shape as an SVG element, rectangle or outline, in grid coordinates. */
export function ShapeElement({ shape, ...rest }: ShapeElementProps) {
  if (shape.type === 'rect') return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} {...rest} />;
  return <polygon points={pointsAttribute(shape.points)} {...rest} />;
}
