import type { AnnotationShard, Region, RegionRevision } from '../../../shared/domain/annotations';
import { contentOf } from '../../../shared/domain/region-content';
import { appendRevision, HISTORY_LIMIT } from '../store/shard-delta';

export { HISTORY_LIMIT };

/** A pause longer than this ends a run of saves: the state before it is kept as a revision. */
const PAUSE_MS = 2 * 60_000;
/** However steady the typing, a revision is kept at least this often. */
const SNAPSHOT_MS = 10 * 60_000;

/**
 * Keeps `previous` (the revision a save replaces) in the region's history, except while one
 * author types steadily: saves a second apart would bury the history in keystrokes, so a run
 * of saves by one author keeps one revision per pause, and at least one every ten minutes.
 * Returns the revision kept, for a save's journal line.
 */
export function recordRevision(shard: Pick<AnnotationShard, 'history'>, previous: Region, author: string, now: Date): RegionRevision | undefined {
  const kept = shard.history[previous.id] ?? [];
  const last = kept.at(-1);
  const previousAt = Date.parse(previous.updatedAt);
  const runStart = last ? Date.parse(last.at) : Date.parse(previous.createdAt);
  const sameRun = (previous.author ?? '') === author && now.getTime() - previousAt < PAUSE_MS && previousAt - runStart < SNAPSHOT_MS;
  if (sameRun && kept.length > 0) return undefined;
  const revision: RegionRevision = {
    revision: previous.revision,
    ...(previous.author ? { author: previous.author } : {}),
    at: previous.updatedAt,
    content: contentOf(previous),
  };
  appendRevision(shard.history, previous.id, revision);
  return revision;
}
