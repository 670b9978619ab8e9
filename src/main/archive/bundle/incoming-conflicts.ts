import type { AnnotationShard } from '../../../shared/domain/annotations';
import type { IncomingConflict } from '../../../shared/domain/bundle-report';

/** A document's regions waiting for the archivist to keep ours or theirs, in reading order of theirs. */
export function pendingConflicts(shard: Pick<AnnotationShard, 'regions' | 'incoming'>): IncomingConflict[] {
  const ours = new Map(shard.regions.map((r) => [r.id, r]));
  return (shard.incoming ?? [])
    .map(({ region, bundle, receivedAt }) => ({ regionId: region.id, ours: ours.get(region.id) ?? null, theirs: region, bundle, receivedAt }))
    .sort((a, b) => a.theirs.page - b.theirs.page || a.theirs.order - b.theirs.order || a.regionId.localeCompare(b.regionId));
}
