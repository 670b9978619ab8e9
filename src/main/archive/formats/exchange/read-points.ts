import type { Point } from '../../../../shared/domain/annotations';

/**
 * A list of points as PAGE, ALTO and SVG write them: "x,y x,y …" or "x y x y …" (ALTO's older
 * form, SVG's either). Undefined when the text is not an even run of numbers.
 */
export function readPoints(text: string): Point[] | undefined {
  const tokens = text.trim().split(/[\s,]+/).filter((token) => token !== '');
  if (tokens.length % 2 !== 0) return undefined;
  const numbers = tokens.map(Number);
  if (numbers.some((n) => !Number.isFinite(n))) return undefined;
  const points: Point[] = [];
  for (let i = 0; i < numbers.length; i += 2) points.push([numbers[i] ?? 0, numbers[i + 1] ?? 0]);
  return points;
}
