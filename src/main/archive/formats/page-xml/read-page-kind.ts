import type { RegionKind } from '../../../../shared/domain/annotations';
import type { SkipReason } from '../../../../shared/domain/exchange';

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
const LEFT_OUT: ReadonlyMap<string, { reason: SkipReason; why: string }> = new Map([
  ['SeparatorRegion', { reason: 'layout', why: 'a separator (a printed rule) is layout, not content' }],
  ['NoiseRegion', { reason: 'layout', why: 'noise (specks, bleed-through) is not content' }],
  ['UnknownRegion', { reason: 'not-supported', why: 'its kind is unknown' }],
  ['CustomRegion', { reason: 'not-supported', why: 'its kind is custom to the tool that wrote it' }],
]);

/** The kind of region a PAGE region element (with its @type) becomes, or why it is left out. */
export function pageRegionKind(element: string, type: string | undefined): { kind: RegionKind } | { reason: SkipReason; why: string } {
  if (element === 'TextRegion') return { kind: (type === undefined ? undefined : TEXT_TYPES.get(type)) ?? 'text' };
  if (element === 'TableRegion') return { kind: 'table' };
  if (element === 'AdvertRegion') return { kind: 'advertisement' };
  if (element === 'GraphicRegion' && type === 'stamp') return { kind: 'seal' };
  if (PICTURES.has(element)) return { kind: 'illustration' };
  return LEFT_OUT.get(element) ?? { reason: 'not-supported', why: `Muragat has no kind of region for a ${element}` };
}
