import { LanguageTag, RegionContent, ScriptCode, Tag, type Point, type Shape, type TextLine } from '../../../../shared/domain/annotations';
import { checkShape, shapeBounds, type PageSize } from '../../../../shared/geometry/shape-check';
import type { FitNote } from '../../../../shared/domain/exchange';
import type { ParsedLine, ParsedPage, ParsedRegion, SkipNote } from './import-types';

/** A region ready to be saved on a page: in the page's pixels, a draft. The page index is the caller's. */
export type PlacedRegion = Omit<RegionContent, 'page' | 'sealId'>;

export interface PlacedPage {
  /** In reading order, numbered 0..n-1. */
  regions: PlacedRegion[];
  /** What the file held and the page does not take, with the reason: the reader's and placing's. */
  skipped: SkipNote[];
  /** How the file was fitted: scaled, clamped, fields dropped. */
  notes: FitNote[];
}

/** How far the file's page may differ in shape from ours (rounding, a cropped edge) and still be the same image. */
const ASPECT_TOLERANCE = 0.01;

/** Two decimals: a hundredth of a pixel is below anything drawn, and whole pixels stay whole. */
const round = (n: number) => Math.round(n * 100) / 100;

const UNIT_NAMES: Readonly<Record<ParsedPage['unit'], string>> = { pixel: 'pixels', mm10: 'tenths of a millimetre (mm10)', inch1200: '1/1200 inch (inch1200)' };

/** The factors from the file's units to the page's pixels, and what to tell about them. */
function scaleOf(parsed: ParsedPage, page: PageSize): { sx: number; sy: number; note?: FitNote } {
  const { width, height, unit } = parsed;
  if (width === undefined || height === undefined) {
    if (unit === 'pixel') return { sx: 1, sy: 1 };
    throw new Error(`The file measures in ${UNIT_NAMES[unit]} but does not give its page's size, so where its regions lie on the page cannot be known.`);
  }
  const sx = page.width / width;
  const sy = page.height / height;
  if (Math.abs(sx / sy - 1) > ASPECT_TOLERANCE) {
    throw new Error(
      `The file is for an image of another size: ${round(width)}×${round(height)} ${UNIT_NAMES[unit]}, and this page is ${page.width}×${page.height} pixels, of other proportions. Choose the page the file was made for.`,
    );
  }
  if (sx === 1 && sy === 1) return { sx, sy };
  const from = unit === 'pixel' ? `an image of ${width}×${height} pixels` : UNIT_NAMES[unit];
  const text = `Coordinates were scaled from ${from} to the page's ${page.width}×${page.height} pixels (by ${sx.toPrecision(4)}).`;
  return { sx, sy, note: { kind: 'scaled', count: 0, factor: Number(sx.toPrecision(4)), names: [], text } };
}

/** A note naming a few of many: "a, b, c and 12 more" in English, the first five for the UI. */
function fitNote(kind: FitNote['kind'], names: readonly string[], sentence: (count: number) => string): FitNote {
  const shown = names.slice(0, 5);
  const list = names.length > 5 ? `${shown.join(', ')} and ${names.length - 5} more` : shown.join(', ');
  return { kind, count: names.length, names: shown, text: `${sentence(names.length)}: ${list}.` };
}

/**
 * Fits a file's page onto one of ours: scaled from the file's units to the page's pixels (a file
 * for an image of other proportions is refused), outlines and lines cut back to the page, what
 * cannot be a region left out with the reason; the rest become draft regions in reading order.
 */
export function placeOnPage(parsed: ParsedPage, page: PageSize): PlacedPage {
  const { sx, sy, note } = scaleOf(parsed, page);
  const toPage = ([x, y]: Point): Point => [round(x * sx), round(y * sy)];
  const clampPoint = ([x, y]: Point): Point => [Math.min(Math.max(x, 0), page.width), Math.min(Math.max(y, 0), page.height)];
  const outside = ([x, y]: Point) => x < 0 || y < 0 || x > page.width || y > page.height;
  const skipped: SkipNote[] = [...parsed.skipped];
  const notes: FitNote[] = note === undefined ? [] : [note];
  const clamped: string[] = [];
  const boxed: string[] = [];
  const clampedLines: string[] = [];
  const shortLines: string[] = [];
  const dropped: string[] = [];

  const scaleShape = (shape: Shape): Shape =>
    shape.type === 'rect' ? { type: 'rect', x: round(shape.x * sx), y: round(shape.y * sy), width: round(shape.width * sx), height: round(shape.height * sy) } : { type: 'polygon', points: shape.points.map(toPage) };

  /** A region's outline on the page: clamped to it; one that crosses itself becomes its box (the store refuses crossing outlines). */
  const outline = (region: ParsedRegion): Shape | undefined => {
    let checked = checkShape(scaleShape(region.shape), page);
    if (checked.problem === 'self-intersecting') {
      boxed.push(region.what);
      checked = checkShape({ type: 'rect', ...shapeBounds(checked.shape) }, page);
    }
    if (checked.problem !== null) {
      skipped.push({ what: region.what, reason: 'outside-page', why: 'its outline lies outside the page, or is too small to see once fitted to it' });
      return undefined;
    }
    if (checked.clamped) clamped.push(region.what);
    return checked.shape;
  };

  const placeLines = (region: ParsedRegion): TextLine[] => {
    const kept: TextLine[] = [];
    region.lines.forEach((line: ParsedLine, i) => {
      const name = `${region.what}, line ${line.sourceId ?? i + 1}`;
      if (line.polygon.length < 3) {
        shortLines.push(name);
        return;
      }
      const polygon = line.polygon.map(toPage);
      const baseline = line.baseline?.map(toPage);
      if ([...polygon, ...(baseline ?? [])].some(outside)) clampedLines.push(name);
      const base = baseline?.map(clampPoint);
      const id = `l-${String(kept.length + 1).padStart(4, '0')}`;
      kept.push({ id, polygon: polygon.map(clampPoint), ...(base && base.length >= 2 ? { baseline: base } : {}), text: line.text });
    });
    return kept;
  };

  /** Keeps a language, script or tag only when it is one the archive accepts; notes what it drops. */
  const valid = (what: string, field: string, value: string | undefined, schema: { safeParse: (v: unknown) => { success: boolean } }) => {
    if (value === undefined || schema.safeParse(value).success) return value;
    dropped.push(`${field} "${value}" (${what})`);
    return undefined;
  };

  const placed: { region: PlacedRegion; order: number }[] = [];
  for (const region of parsed.regions) {
    const shape = outline(region);
    if (!shape) continue;
    const language = valid(region.what, 'language', region.language, LanguageTag);
    const script = valid(region.what, 'script', region.script, ScriptCode);
    const tags = [...new Set((region.tags ?? []).filter((tag) => valid(region.what, 'tag', tag, Tag) !== undefined))];
    const content: PlacedRegion = {
      shape,
      kind: region.kind,
      order: 0,
      text: region.text,
      ...(language === undefined ? {} : { language }),
      ...(script === undefined ? {} : { script }),
      direction: region.direction,
      lines: placeLines(region),
      status: 'draft',
      tags,
      entities: [],
    };
    // The last word is the archive's own schema: what it would refuse on saving is left out here, with its reason.
    const checked = RegionContent.safeParse({ ...content, page: 0 });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      skipped.push({ what: region.what, reason: 'invalid', why: `it does not fit a region: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}` });
      continue;
    }
    placed.push({ region: content, order: region.order });
  }

  const noted: [FitNote['kind'], string[], (count: number) => string][] = [
    ['clamped', clamped, (n) => `${n} region(s) reached past the page and were cut back to its edges`],
    ['boxed', boxed, (n) => `${n} region(s) had an outline that crosses itself and were given its bounding box instead`],
    ['lines-clamped', clampedLines, (n) => `${n} line(s) reached past the page and were cut back to its edges`],
    ['short-lines', shortLines, (n) => `${n} line(s) with fewer than 3 points were left out (their text stays in the region's)`],
    ['values-dropped', dropped, () => 'Values that are not a BCP 47 language tag, an ISO 15924 script code or a tag were left unset'],
  ];
  for (const [kind, names, sentence] of noted) if (names.length > 0) notes.push(fitNote(kind, names, sentence));
  const regions = placed.sort((a, b) => a.order - b.order).map(({ region }, order) => ({ ...region, order }));
  return { regions, skipped, notes };
}
