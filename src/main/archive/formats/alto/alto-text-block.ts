import type { Point, Region, TextDirection, TextLine } from '../../../../shared/domain/annotations';
import type { PageSize } from '../../../../shared/geometry/shape-check';
import { el, xmlChars, type XmlElement, type XmlNode } from '../exchange/xml-text';
import { languageTag } from '../exchange/language-tag';
import { boxOf, gridPoints, outlinePoints, pointsText, type Box } from '../exchange/region-geometry';
import { linesHoldText } from '../exchange/lines-hold-text';

/** A region's text as an ALTO 4.4 TextBlock: lines of words (String, SP between). */

export type MintId = (base: string) => string;

export const boxAttrs = (box: Box) => ({ HPOS: box.x, VPOS: box.y, WIDTH: box.width, HEIGHT: box.height });

/** ALTO boxes every block; an outline that is not that box is added as Shape/Polygon. */
export const shapeOf = (points: readonly Point[], isPolygon: boolean): XmlElement | null =>
  isPolygon ? el('Shape', {}, [el('Polygon', { POINTS: pointsText(points) })]) : null;

const BASE_DIRECTION: Readonly<Record<TextDirection, string | undefined>> = { auto: undefined, ltr: 'ltr', rtl: 'rtl' };

/**
 * One String per word with an SP between; ALTO keeps words, not the spaces themselves. A line
 * without words still needs one String, so it is an empty one. Words get no boxes: where each
 * word lies is not known, and a guess would mislead a viewer that highlights hits. Characters
 * XML cannot hold go first, so that none leaves an empty word behind.
 */
function words(text: string): XmlNode[] {
  const list = xmlChars(text).split(/\s+/).filter((word) => word !== '');
  if (list.length === 0) return [el('String', { CONTENT: '' })];
  return list.flatMap((word, i) => (i === 0 ? [el('String', { CONTENT: word })] : [el('SP'), el('String', { CONTENT: word })]));
}

function drawnLine(line: TextLine, regionId: string, page: PageSize, mintId: MintId): XmlElement {
  const outline = gridPoints(line.polygon, page);
  return el(
    'TextLine',
    { ID: mintId(`l_${regionId}_${line.id}`), ...boxAttrs(boxOf(outline)), BASELINE: line.baseline ? pointsText(gridPoints(line.baseline, page)) : undefined },
    [shapeOf(outline, true), ...words(line.text)],
  );
}

/** Text typed for the region as a whole: a line per line of text, the block cut into equal strips, since where each line lies is not known. */
function typedLines(region: Region, box: Box, mintId: MintId): XmlElement[] {
  const texts = region.text.split(/\r\n|\r|\n/).filter((text) => text.trim() !== '');
  const edge = (i: number) => box.y + Math.round((i * box.height) / texts.length);
  return texts.map((text, i) =>
    el('TextLine', { ID: mintId(`l_${region.id}_${String(i + 1)}`), HPOS: box.x, VPOS: edge(i), WIDTH: box.width, HEIGHT: edge(i + 1) - edge(i) }, words(text)),
  );
}

export function textBlock(region: Region, id: string, tagRef: string | undefined, page: PageSize, mintId: MintId): XmlElement {
  const outline = outlinePoints(region.shape, page);
  const box = boxOf(outline);
  const lines = linesHoldText(region) ? region.lines.map((line) => drawnLine(line, region.id, page, mintId)) : typedLines(region, box, mintId);
  return el(
    'TextBlock',
    { ID: id, ...boxAttrs(box), TAGREFS: tagRef, LANG: languageTag(region.language, region.script), BASEDIRECTION: BASE_DIRECTION[region.direction] },
    [shapeOf(outline, region.shape.type === 'polygon'), ...lines],
  );
}
