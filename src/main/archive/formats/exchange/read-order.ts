import type { ParsedRegion } from './import-types';

/**
 * Numbers regions (given in document order) 0..n-1 in reading order: those the file's ordering
 * lists first, as it lists them; the rest after them in document order, as a reader meets them.
 */
export function applyReadingOrder(regions: readonly ParsedRegion[], listedIds: readonly string[]): void {
  const rank = new Map<string, number>();
  for (const id of listedIds) if (!rank.has(id)) rank.set(id, rank.size);
  const key = (region: ParsedRegion, index: number) => (region.sourceId === undefined ? undefined : rank.get(region.sourceId)) ?? rank.size + index;
  regions
    .map((region, index) => ({ region, key: key(region, index) }))
    .sort((a, b) => a.key - b.key)
    .forEach(({ region }, order) => {
      region.order = order;
    });
}
