import { checkImportSize, checkRegionCount, type ParsedPage, type ParsedRegion, type SkipNote } from '../exchange/import-types';
import { applyReadingOrder } from '../exchange/read-order';
import { readAnnotation } from './read-w3c-annotation';
import { hasType, isObject, isW3cJson, listOf } from './read-w3c-json';

/**
 * The annotations in a file: one, a list, an AnnotationPage and the pages after it, or a
 * collection's embedded pages; and the address of the first page only linked, if one is.
 */
function annotationsIn(value: unknown): { annotations: unknown[]; linked?: string } {
  if (Array.isArray(value)) return { annotations: value };
  if (hasType(value, 'Annotation')) return { annotations: [value] };
  let page: unknown = value;
  if (hasType(value, 'AnnotationCollection')) {
    page = value.first;
    if (typeof page === 'string') throw new Error(`The annotation collection's pages are not in the file: its first page is a link (${page}), and Muragat reads only the file.`);
  }
  const annotations: unknown[] = [];
  while (isObject(page)) {
    annotations.push(...listOf(page.items));
    page = page.next;
  }
  return { annotations, ...(typeof page === 'string' ? { linked: page } : {}) };
}

/** Our own exports address page n of a document; IIIF ones a canvas. */
const PAGE_ADDRESS = /\/(?:documents\/[^/]+\/pages|canvas)\/(\d+)$/;

/** The page a source addresses: its index when it says it, else its image's name. */
function pageOf(source: string): Pick<ParsedPage, 'pageIndex' | 'imageName'> {
  const index = PAGE_ADDRESS.exec(source)?.[1];
  if (index !== undefined) return { pageIndex: Number(index) };
  const name = source.split(/[?#]/)[0]?.split('/').pop();
  return name ? { imageName: name } : {};
}

/**
 * Reads W3C Web Annotations into one page per image (target source) they annotate: an area
 * selected by xywh (a FragmentSelector or an address's #xywh=) or an SVG outline becomes a region;
 * transcribing bodies (and bodies with no purpose) its text, tagging ones its tags, a classifying
 * one naming a kind (text, seal…) its kind.
 * Annotations selecting no area are listed with the reason.
 */
export function readW3c(json: string): ParsedPage[] {
  checkImportSize(json);
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`The file is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!isW3cJson(value)) throw new Error('The file is JSON, but not W3C Web Annotation: it is no Annotation, AnnotationPage or AnnotationCollection.');
  /** Regions by the image they are on, in the order the images first appear. */
  const groups = new Map<string, ParsedRegion[]>();
  /** Notes in the file's order, each with the image it concerns when it names one. */
  const notes: { source?: string; note: SkipNote }[] = [];
  const { annotations, linked } = annotationsIn(value);
  if (linked !== undefined) notes.push({ note: { what: `annotation page ${linked}`, reason: 'elsewhere', why: 'it is only linked from the file, and Muragat reads only the file' } });
  annotations.forEach((annotation, i) => {
    const read = readAnnotation(annotation, i);
    for (const { source, region } of read.regions) {
      const group = groups.get(source);
      if (group) group.push(region);
      else groups.set(source, [region]);
    }
    notes.push(...read.notes);
  });
  const pages = new Map<string, ParsedPage>();
  for (const [source, regions] of groups) {
    checkRegionCount(regions.length);
    applyReadingOrder(regions, []);
    pages.set(source, { format: 'w3c', unit: 'pixel', ...pageOf(source), regions, skipped: [] });
  }
  // A note goes with the page of its image; one whose image has no regions read, with the first page.
  const [firstPage = { format: 'w3c', unit: 'pixel', regions: [], skipped: [] }] = pages.values();
  for (const { source, note } of notes) ((source === undefined ? undefined : pages.get(source)) ?? firstPage).skipped.push(note);
  if (pages.size === 0) return [firstPage];
  return [...pages.values()];
}
