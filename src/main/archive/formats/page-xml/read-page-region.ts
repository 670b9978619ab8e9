import type { TextDirection } from '../../../../shared/domain/annotations';
import type { ParsedLine, ParsedRegion, SkipNote } from '../exchange/import-types';
import { childrenNamed, type XmlElement } from '../exchange/read-xml';
import { pageRegionKind } from './read-page-kind';
import { pageDirection, pageLanguage, pageScript } from './read-page-language';
import { readPagePoints } from './read-page-points';
import { lineText, regionText } from './read-page-text';

/** What a region inherits from its Page when it does not say. */
export interface PageDefaults {
  language?: string;
  script?: string;
  direction: TextDirection;
}

function readLine(line: XmlElement): ParsedLine {
  const baseline = readPagePoints(line, 'Baseline');
  return {
    sourceId: line.attrs.get('id'),
    polygon: readPagePoints(line, 'Coords') ?? [],
    ...(baseline ? { baseline } : {}),
    text: lineText(line),
  };
}

/** The one value all lines give, when they agree (Transkribus and OCR-D mark the language per line). */
function unanimous(values: (string | undefined)[]): string | undefined {
  const set = new Set(values);
  const [only] = set;
  return set.size === 1 ? only : undefined;
}

/** One PAGE region element as a region (order still to be given), or why it is left out. */
export function readPageRegion(el: XmlElement, defaults: PageDefaults): { region: ParsedRegion } | { skipped: SkipNote } {
  const id = el.attrs.get('id');
  const what = `${el.name} ${id ?? '(no id)'}`;
  const kind = pageRegionKind(el.name, el.attrs.get('type'));
  if ('why' in kind) return { skipped: { what, reason: kind.reason, why: kind.why } };
  const points = readPagePoints(el, 'Coords');
  if (points === undefined || points.length < 3) {
    return { skipped: { what, reason: 'no-coordinates', why: points === undefined ? 'no coordinates (or coordinates that cannot be read)' : `no coordinates: an outline needs 3 points, and it has ${points.length}` } };
  }
  const lineElements = childrenNamed(el, 'TextLine');
  const direction = el.attrs.get('readingDirection');
  return {
    region: {
      what,
      sourceId: id,
      shape: { type: 'polygon', points },
      kind: kind.kind,
      order: 0,
      text: regionText(el),
      language: pageLanguage(el.attrs.get('primaryLanguage') ?? unanimous(lineElements.map((l) => l.attrs.get('primaryLanguage')))) ?? defaults.language,
      script: pageScript(el.attrs.get('primaryScript') ?? unanimous(lineElements.map((l) => l.attrs.get('primaryScript')))) ?? defaults.script,
      direction: direction === undefined ? defaults.direction : pageDirection(direction),
      lines: lineElements.map(readLine),
    },
  };
}
