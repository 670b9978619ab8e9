import { z } from 'zod';
import { Region, RegionRevision, type AnnotationShard } from '../../../shared/domain/annotations';
import { RegionId } from '../../../shared/domain/ids';

/** Beyond this many, a region's oldest revisions are let go. */
export const HISTORY_LIMIT = 200;

/**
 * One save's change to a document's annotations, small enough to append to its journal:
 * whole regions put (replacing one of the same id, or added), regions removed (with their
 * history), and revisions appended to a region's history.
 */
export const ShardDelta = z.object({
  put: z.array(Region),
  remove: z.array(RegionId),
  history: z.array(z.object({ id: RegionId, revision: RegionRevision })),
});
export type ShardDelta = z.infer<typeof ShardDelta>;

/**
 * Applies a delta to a shard in place. The arrays it changes are replaced, not edited, so a
 * caller still holding the previous `regions` or history list keeps what it read.
 */
export function applyDelta(shard: AnnotationShard, delta: ShardDelta): void {
  const removed = new Set(delta.remove);
  const puts = new Map(delta.put.map((region) => [region.id, region]));
  const regions: Region[] = [];
  for (const region of shard.regions) {
    if (removed.has(region.id)) continue;
    regions.push(puts.get(region.id) ?? region);
    puts.delete(region.id);
  }
  regions.push(...puts.values());
  shard.regions = regions;
  if (removed.size > 0) shard.history = Object.fromEntries(Object.entries(shard.history).filter(([id]) => !removed.has(id)));
  for (const { id, revision } of delta.history) appendRevision(shard.history, id, revision);
}

/** Appends to a region's history, letting the oldest go beyond HISTORY_LIMIT; the list is replaced, not edited. */
export function appendRevision(history: AnnotationShard['history'], id: string, revision: RegionRevision): void {
  history[id] = [...(history[id] ?? []), revision].slice(-HISTORY_LIMIT);
}
