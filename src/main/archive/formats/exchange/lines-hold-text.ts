import type { Region } from '../../../../shared/domain/annotations';

/**
 * Whether a region's lines can carry its text line by line without losing any: it has lines,
 * and its own text is empty or is exactly their texts joined by line breaks. Otherwise (lines
 * drawn but the text typed for the region as a whole) the region's text is what counts.
 */
export const linesHoldText = (region: Region): boolean =>
  region.lines.length > 0 && (region.text === '' || region.text === region.lines.map((line) => line.text).join('\n'));
