import type { RegionContent } from '../../../../shared/domain/annotations';

/** A field whose value is one word or code, shown as "from → to". */
export type ValueField = 'kind' | 'status' | 'language' | 'script' | 'direction' | 'sealId';

/** One way a revision differs from another, besides its text (shown as a diff of its own). */
export type ContentChange =
  | { field: ValueField; from: string | undefined; to: string | undefined }
  | { field: 'tags'; added: string[]; removed: string[] }
  /** The outline was moved or reshaped; its lines, entities or place in the reading order changed. */
  | { field: 'shape' | 'lines' | 'entities' | 'order' };

const VALUE_FIELDS: readonly ValueField[] = ['kind', 'status', 'language', 'script', 'direction', 'sealId'];

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** How `after` differs from `before`, field by field, in a fixed order. */
export function contentChanges(before: RegionContent, after: RegionContent): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const field of VALUE_FIELDS) {
    if (before[field] !== after[field]) changes.push({ field, from: before[field], to: after[field] });
  }
  const added = after.tags.filter((tag) => !before.tags.includes(tag));
  const removed = before.tags.filter((tag) => !after.tags.includes(tag));
  if (added.length > 0 || removed.length > 0) changes.push({ field: 'tags', added, removed });
  if (!sameJson(before.shape, after.shape)) changes.push({ field: 'shape' });
  if (!sameJson(before.lines, after.lines)) changes.push({ field: 'lines' });
  if (!sameJson(before.entities, after.entities)) changes.push({ field: 'entities' });
  if (before.page !== after.page || before.order !== after.order) changes.push({ field: 'order' });
  return changes;
}

/**
 * What restoring a revision sets: all it recorded except its place in the reading order, which
 * belongs to the page as it is now (two regions would share a number). Fields the revision left
 * empty are emptied.
 */
export function restorePatch(content: RegionContent): Partial<RegionContent> {
  return {
    shape: content.shape,
    kind: content.kind,
    text: content.text,
    language: content.language,
    script: content.script,
    direction: content.direction,
    lines: content.lines,
    status: content.status,
    tags: content.tags,
    entities: content.entities,
    sealId: content.sealId,
  };
}
