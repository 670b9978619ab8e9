import type { RegionKind } from '../../../../shared/domain/annotations';

/** TextRegion @type values that are headings or notes; every other type (paragraph, credit…) is text. */
const TEXT_TYPES: ReadonlyMap<string, RegionKind> = new Map([
  ['heading', 'heading'],
  ['header', 'heading'],
  ['caption', 'heading'],
  ['marginalia', 'marginalia'],
  ['footnote', 'marginalia'],
  ['footnote-continued', 'marginalia'],
]);

/** Region elements that are printed matter but not text: a picture of some sort to the archivist. */
const PICTURES = new Set(['ImageRegion', 'GraphicRegion', 'ChartRegion', 'LineDrawingRegion', 'MapRegion', 'MathsRegion', 'ChemRegion', 'MusicRegion']);

/** Why a region element is left out: it marks nothing an archivist transcribes or describes. */
const LEFT_OUT: ReadonlyMap<string, string> = new Map([
  ['SeparatorRegion', 'a separator (a printed rule) is layout, not content'],
  ['NoiseRegion', 'noise (specks, bleed-through) is not content'],
  ['UnknownRegion', 'its kind is unknown'],
  ['CustomRegion', 'its kind is custom to the tool that wrote it'],
]);

/** The kind of region a PAGE region element (with its @type) becomes, or why it is left out. */
export function pageRegionKind(element: string, type: string | undefined): { kind: RegionKind } | { why: string } {
  if (element === 'TextRegion') return { kind: (type === undefined ? undefined : TEXT_TYPES.get(type)) ?? 'text' };
  if (element === 'TableRegion') return { kind: 'table' };
  if (element === 'AdvertRegion') return { kind: 'advertisement' };
  if (element === 'GraphicRegion' && type === 'stamp') return { kind: 'seal' };
  if (PICTURES.has(element)) return { kind: 'illustration' };
  return { why: LEFT_OUT.get(element) ?? `Muragat has no kind of region for a ${element}` };
}
