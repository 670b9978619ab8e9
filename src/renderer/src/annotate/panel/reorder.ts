/** The sequence with `id` taken out and put just before or after `target`; unchanged when either is missing or they are the same. */
export function placeRelative(ids: readonly string[], id: string, target: string, side: 'before' | 'after'): string[] {
  if (id === target || !ids.includes(id) || !ids.includes(target)) return [...ids];
  const rest = ids.filter((x) => x !== id);
  const at = rest.indexOf(target) + (side === 'after' ? 1 : 0);
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * The region `step` places from `id` among those shown (a filter may hide some), or null at
 * either end of the list.
 */
export function neighbour(ids: readonly string[], id: string, step: 1 | -1, shown: (id: string) => boolean = () => true): string | null {
  const from = ids.indexOf(id);
  if (from < 0) return null;
  for (let i = from + step; i >= 0 && i < ids.length; i += step) {
    const candidate = ids[i];
    if (candidate !== undefined && shown(candidate)) return candidate;
  }
  return null;
}

/** The sequence with `id` moved past its shown neighbour that way, or null when it is already at that end. */
export function moveStep(ids: readonly string[], id: string, step: 1 | -1, shown?: (id: string) => boolean): string[] | null {
  const past = neighbour(ids, id, step, shown);
  return past === null ? null : placeRelative(ids, id, past, step < 0 ? 'before' : 'after');
}
