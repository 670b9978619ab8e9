import type { RegionKind, TextDirection } from '../../../../shared/domain/annotations';
import type { ParsedRegion, SkipNote } from '../exchange/import-types';
import { childElements, childrenNamed, type XmlElement } from '../exchange/read-xml';
import { readAltoLine } from './read-alto-line';
import { altoShape } from './read-alto-shape';

/** What a block inherits from its file: the labels its TAGREFS may name, the Page's language. */
export interface AltoContext {
  /** Tag ID → LABEL, lowercase (Tags/StructureTag, LayoutTag…). */
  labels: ReadonlyMap<string, string>;
  language?: string;
}

/** Tag labels that make a TextBlock a heading or a note (ALTO has no element for either). */
const TAGGED_KINDS: ReadonlyMap<string, RegionKind> = new Map([
  ['heading', 'heading'],
  ['header', 'heading'],
  ['headline', 'heading'],
  ['caption', 'heading'],
  ['title', 'heading'],
  ['marginalia', 'marginalia'],
  ['footnote', 'marginalia'],
]);

/** ComposedBlock TYPEs that are one region of that kind, its TextBlocks its text (as Muragat's own export writes them). */
const COMPOSED_KINDS: ReadonlyMap<string, RegionKind> = new Map([
  ['advertisement', 'advertisement'],
  ['table', 'table'],
  ['illustration', 'illustration'],
  ['seal', 'seal'],
]);

/** The kind a ComposedBlock's TYPE names, when it names one; other ComposedBlocks only group blocks. */
export const composedKind = (el: XmlElement): RegionKind | undefined => COMPOSED_KINDS.get((el.attrs.get('TYPE') ?? '').toLowerCase());

/** ALTO 4 BASEDIRECTION; top-to-bottom lines run left to right, bottom-to-top ones right to left (the schema says so). */
function direction(value: string | undefined): TextDirection | undefined {
  if (value === 'ltr' || value === 'ttb') return 'ltr';
  if (value === 'rtl' || value === 'btt') return 'rtl';
  return undefined;
}

/** The one value all give, when they agree. */
function unanimous(values: (string | undefined)[]): string | undefined {
  const set = new Set(values);
  const [only] = set;
  return set.size === 1 ? only : undefined;
}

/** LANG, or ALTO 2.0's `language` (renamed LANG in 2.1). */
const language = (el: XmlElement) => el.attrs.get('LANG') ?? el.attrs.get('language');

/** The TextBlocks inside a block, depth first: the block itself when it is one. */
function textBlocksIn(el: XmlElement): XmlElement[] {
  if (el.name === 'TextBlock') return [el];
  return childElements(el)
    .filter((child) => child.ns === el.ns)
    .flatMap(textBlocksIn);
}

function kindOf(el: XmlElement, context: AltoContext): RegionKind {
  if (el.name === 'ComposedBlock') return composedKind(el) ?? 'text';
  if (el.name === 'Illustration') return /stamp|seal/i.test(el.attrs.get('TYPE') ?? '') ? 'seal' : 'illustration';
  const labels = (el.attrs.get('TAGREFS') ?? '').split(/\s+/).map((id) => context.labels.get(id));
  return labels.map((label) => (label === undefined ? undefined : TAGGED_KINDS.get(label))).find((kind) => kind !== undefined) ?? 'text';
}

/** A TextBlock, an Illustration or a kind-typed ComposedBlock as a region (order still to be given), or why it is left out. */
export function readAltoBlock(el: XmlElement, context: AltoContext): { region: ParsedRegion } | { skipped: SkipNote } {
  const id = el.attrs.get('ID');
  const what = `${el.name} ${id ?? '(no id)'}`;
  const shape = altoShape(el);
  if (!shape) return { skipped: { what, reason: 'no-coordinates', why: 'no coordinates (no outline, and no box with a width and height)' } };
  const blocks = textBlocksIn(el);
  const lineElements = blocks.flatMap((block) => childrenNamed(block, 'TextLine'));
  const lines = lineElements.map(readAltoLine);
  const base = (of: XmlElement) => of.attrs.get('BASEDIRECTION');
  return {
    region: {
      what,
      sourceId: id,
      shape,
      kind: kindOf(el, context),
      order: 0,
      text: lines.map((line) => line.text).join('\n'),
      language: language(el) ?? unanimous(blocks.map(language)) ?? unanimous(lineElements.map(language)) ?? context.language,
      direction: direction(base(el) ?? unanimous(blocks.map(base)) ?? unanimous(lineElements.map(base))) ?? 'auto',
      lines,
    },
  };
}
