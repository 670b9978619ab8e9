import type { ParsedRegion, SkipNote } from '../exchange/import-types';
import { readBodies } from './read-w3c-body';
import { hasType, isObject, listOf, stringOf } from './read-w3c-json';
import { readTarget, type ReadTarget } from './read-w3c-target';

/** A region or a note, with the image (target source) it belongs to when it names one. */
export interface ReadAnnotation {
  regions: { source: string; region: ParsedRegion }[];
  notes: { source?: string; note: SkipNote }[];
}

/**
 * One annotation: a region for each target that selects an area (its bodies give each the same
 * text, tags and kind), or a note saying why it has none; bodies not taken are noted too.
 * `index` names an annotation without an id ("annotation #3").
 */
export function readAnnotation(annotation: unknown, index: number): ReadAnnotation {
  const id = isObject(annotation) ? stringOf(annotation.id) : undefined;
  const what = `annotation ${id ?? `#${index + 1}`}`;
  if (!hasType(annotation, 'Annotation')) return { regions: [], notes: [{ note: { what, reason: 'not-supported', why: 'it is not an Annotation' } }] };
  const targets: ReadTarget[] = listOf(annotation.target).map(readTarget);
  const usable = targets.filter((target) => 'shape' in target);
  const [first] = targets;
  if (usable.length === 0) return { regions: [], notes: [{ source: first?.source, note: { what, reason: 'no-coordinates', why: first && 'why' in first ? first.why : 'it has no target' } }] };
  const bodies = readBodies(annotation);
  const regions = usable.map((target, k) => ({
    source: target.source,
    region: {
      what: usable.length > 1 ? `${what}, target ${k + 1}` : what,
      sourceId: id,
      shape: target.shape,
      kind: bodies.kind ?? 'text',
      order: 0,
      text: bodies.text,
      language: bodies.language,
      direction: bodies.direction,
      lines: [],
      tags: bodies.tags,
    },
  }));
  const notes = bodies.leftOut.length > 0 ? [{ source: usable[0]?.source, note: { what, reason: 'not-supported' as const, why: `not imported: ${bodies.leftOut.join('; ')}` } }] : [];
  return { regions, notes };
}
