import type { Point } from '../../../../shared/domain/annotations';
import type { ParsedLine } from '../exchange/import-types';
import { readPoints } from '../exchange/read-points';
import { childElements, type XmlElement } from '../exchange/read-xml';
import { altoBox, altoPolygon } from './read-alto-shape';

/** A line's outline: its polygon, else its box as four corners. */
function linePolygon(line: XmlElement): Point[] {
  const polygon = altoPolygon(line);
  if (polygon) return polygon;
  const box = altoBox(line);
  if (!box) return [];
  const { x, y, width, height } = box;
  return [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ];
}

/** BASELINE: up to ALTO 4.1 one number, the y of a level line across the box; since 4.2 a polyline. */
function baseline(line: XmlElement): Point[] | undefined {
  const value = line.attrs.get('BASELINE')?.trim();
  if (value === undefined || value === '') return undefined;
  const y = Number(value);
  if (Number.isFinite(y)) {
    const box = altoBox(line);
    return box && [
      [box.x, y],
      [box.x + box.width, y],
    ];
  }
  const points = readPoints(value);
  return points && points.length >= 2 ? points : undefined;
}

/**
 * A line's text: its Strings' CONTENT, an SP a space, a HYP its hyphen. Strings side by side
 * without an SP are still separate words: some producers write no SP at all.
 */
function lineText(line: XmlElement): string {
  let text = '';
  let previous = '';
  for (const el of childElements(line)) {
    if (el.ns !== line.ns) continue;
    if (el.name === 'SP') previous = text === '' ? '' : 'SP';
    if (el.name !== 'String' && el.name !== 'HYP') continue;
    const space = previous === 'SP' || (previous === 'String' && el.name === 'String');
    text += (space ? ' ' : '') + (el.attrs.get('CONTENT') ?? (el.name === 'HYP' ? '-' : ''));
    previous = el.name;
  }
  return text;
}

/** One ALTO TextLine, in the file's units. */
export function readAltoLine(line: XmlElement): ParsedLine {
  const base = baseline(line);
  return { sourceId: line.attrs.get('ID'), polygon: linePolygon(line), ...(base ? { baseline: base } : {}), text: lineText(line) };
}
