/** The part of an entity shiftEntities needs: a span of UTF-16 offsets, end exclusive. */
interface Span {
  start: number;
  end: number;
}

/**
 * The one edit that turns `before` into `after`, found as their common prefix and suffix: the
 * old text's [start, oldEnd) became the new text's [start, newEnd). A keystroke, a paste or an
 * undo is one such edit, which is all a text field gives between two of its values.
 */
export function findEdit(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  // The suffix may not reach into the prefix: "aa" → "a" is one "a" removed, not a negative edit.
  let suffix = 0;
  while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix += 1;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * The entities of `before` placed in `after`: spans before the edit stay, spans after it move by
 * its length, a span wholly inside replaced or deleted text is dropped, and a span the edit cuts
 * into grows or shrinks, taking in the edit's new text where its start or end fell inside it.
 * Text typed exactly at a span's edge stays outside it (typing after a name does not lengthen
 * it). Gives the same array when nothing moved.
 */
export function shiftEntities<T extends Span>(before: string, after: string, entities: readonly T[]): readonly T[] {
  if (before === after || entities.length === 0) return entities;
  const { start, oldEnd, newEnd } = findEdit(before, after);
  const delta = newEnd - oldEnd;
  let changed = false;
  const placed: T[] = [];
  for (const entity of entities) {
    const swallowed = oldEnd > start && entity.start >= start && entity.end <= oldEnd;
    // A span starting where the edit ends moves with the text after it, so text typed just before it stays out.
    const from = entity.start >= oldEnd ? entity.start + delta : entity.start <= start ? entity.start : start;
    const to = entity.end <= start ? entity.end : entity.end >= oldEnd ? entity.end + delta : newEnd;
    if (swallowed || to <= from) {
      changed = true;
      continue;
    }
    if (from === entity.start && to === entity.end) placed.push(entity);
    else {
      changed = true;
      placed.push({ ...entity, start: from, end: to });
    }
  }
  return changed ? placed : entities;
}
