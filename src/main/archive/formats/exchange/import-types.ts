import type { Point, RegionKind, Shape, TextDirection } from '../../../../shared/domain/annotations';
import type { AnnotationFormat, SkipNote } from '../../../../shared/domain/exchange';

/** A line read from a file, in the file's own coordinates (see ParsedPage.unit). */
export interface ParsedLine {
  /** The id the file gave it, for the report. */
  sourceId?: string;
  /** As the file gives it: fewer than 3 points when the file gives fewer (placeOnPage drops those). */
  polygon: Point[];
  baseline?: Point[];
  text: string;
}

/** A region read from a file, in the file's own coordinates. */
export interface ParsedRegion {
  /** What it is, as the file names it, for the report: "TextRegion r12", "TextBlock TB.1", "annotation #4". */
  what: string;
  sourceId?: string;
  shape: Shape;
  kind: RegionKind;
  /** Reading order, 0..n-1: the file's own (PAGE and ALTO ReadingOrder), the rest after it in document order. */
  order: number;
  text: string;
  /** As the file says it; placeOnPage keeps only a BCP 47 tag. */
  language?: string;
  /** As the file says it; placeOnPage keeps only an ISO 15924 code. */
  script?: string;
  direction: TextDirection;
  lines: ParsedLine[];
  /** W3C tagging bodies. */
  tags?: string[];
}

/** Something the file held that was not taken, and why (what as the file names it: "TextRegion r12"): the contract's, shown in the import report. */
export type { SkipNote };

/**
 * One page of annotations as a file describes it. Coordinates are in the file's units; the page's
 * size in the same units says how they map onto a page's pixel grid (placeOnPage).
 */
export interface ParsedPage {
  format: AnnotationFormat;
  /** The image the file was made for (PAGE imageFilename, ALTO sourceImageInformation/fileName, a W3C target's last path segment). */
  imageName?: string;
  /** The page's size in file units; absent when the file does not say (W3C: pixels of our grid). */
  width?: number;
  height?: number;
  /** The unit of every coordinate and of width/height. */
  unit: 'pixel' | 'mm10' | 'inch1200';
  /** For W3C: the page index the annotations point at, when their target says (our own exports). */
  pageIndex?: number;
  regions: ParsedRegion[];
  skipped: SkipNote[];
}

/** Beyond these a file is not a page's annotations but a mistake or an attack: refused before any work. */
export const IMPORT_LIMITS = {
  /** Characters of one file (the biggest real ALTO pages are a few megabytes). */
  textLength: 50 * 1024 * 1024,
  /** Regions of one page. */
  regions: 100_000,
} as const;

/** Refuses a file too long to be one page's annotations. */
export function checkImportSize(text: string): void {
  if (text.length > IMPORT_LIMITS.textLength) {
    throw new Error(`The file is ${Math.round(text.length / 1024 / 1024)} MB of text; annotation files of more than ${IMPORT_LIMITS.textLength / 1024 / 1024} MB are refused.`);
  }
}

/** Refuses a page with more regions than any real page holds. */
export function checkRegionCount(count: number): void {
  if (count > IMPORT_LIMITS.regions) throw new Error(`The file describes ${count} regions on one page; more than ${IMPORT_LIMITS.regions} are refused.`);
}
