import type { Point, Shape } from '../../../../shared/domain/annotations';
import { readPoints } from '../exchange/read-points';
import { childElements, numberAttr, readXml, type XmlElement } from '../exchange/read-xml';

const OUTLINES = new Set(['polygon', 'rect', 'path', 'circle', 'ellipse', 'polyline', 'line']);

/** The first drawn outline in an SVG fragment, depth first. */
function firstOutline(el: XmlElement): XmlElement | undefined {
  if (OUTLINES.has(el.name)) return el;
  for (const child of childElements(el)) {
    const found = firstOutline(child);
    if (found) return found;
  }
  return undefined;
}

/** A path of straight lines only: M, then L (or more pairs after M), then Z. Curves and relative moves are not read. */
function pathPoints(d: string): Point[] | string {
  const tokens = d.match(/[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const points: Point[] = [];
  let command = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (/^[A-Za-z]$/.test(token)) {
      if (!['M', 'L', 'Z'].includes(token)) return `its SVG path uses "${token}"; only straight lines (M, L, Z) are read`;
      if (token === 'M' && points.length > 0) return 'its SVG path draws several outlines';
      command = token;
      continue;
    }
    if (command === '' || command === 'Z') return 'its SVG path cannot be read';
    const x = Number(token);
    const y = Number(tokens[i + 1]);
    if (!Number.isFinite(y)) return 'its SVG path cannot be read';
    points.push([x, y]);
    i++;
  }
  return points;
}

/** The outline an SvgSelector draws (polygon, rect or a straight-line path), or why it cannot be used. */
export function readSvgShape(svg: string): Shape | string {
  let root: XmlElement;
  try {
    root = readXml(svg);
  } catch (error) {
    return `its SvgSelector is not readable SVG (${(error as Error).message})`;
  }
  const outline = firstOutline(root);
  if (!outline) return 'its SvgSelector draws no outline';
  if (outline.name === 'rect') {
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => numberAttr(outline, name));
    if (width === undefined || height === undefined || !(width > 0 && height > 0)) return 'its SVG rect has no width or height';
    return { type: 'rect', x: x ?? 0, y: y ?? 0, width, height };
  }
  const points = outline.name === 'polygon' ? (readPoints(outline.attrs.get('points') ?? '') ?? 'its SVG polygon cannot be read') : outline.name === 'path' ? pathPoints(outline.attrs.get('d') ?? '') : `its SVG ${outline.name} is not an outline of straight edges`;
  if (typeof points === 'string') return points;
  return points.length >= 3 ? { type: 'polygon', points } : `its SVG ${outline.name} has ${points.length} points, and an outline needs 3`;
}
