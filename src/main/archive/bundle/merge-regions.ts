import type { AnnotationShard, IncomingRegion, Region, RegionComment, RegionRevision } from '../../../shared/domain/annotations';
import { contentOf } from '../../../shared/domain/region-content';
import { HISTORY_LIMIT } from '../store/shard-delta';
import type { BundleShard } from './bundle-manifest';
import { sameContent } from './same-content';

/** What merging their regions into ours did, region by region. */
export interface RegionMerge {
  added: string[];
  /** Theirs had moved on from ours (a fast-forward): taken. */
  updated: string[];
  unchanged: string[];
  /** Both sides edited since their common revision: ours kept, theirs set aside as incoming. */
  conflicts: string[];
  /** Regions whose only change is comments theirs had and ours lacked. */
  commented: string[];
  commentsAdded: number;
  /** Whether the shard changed at all (false: nothing to write). */
  changed: boolean;
}

/** A merge that changed nothing: what an empty bundle shard does. */
export const noMerge = (): RegionMerge => ({ added: [], updated: [], unchanged: [], conflicts: [], commented: [], commentsAdded: 0, changed: false });

type Relation = 'same' | 'theirs-ahead' | 'ours-ahead' | 'diverged';

/** Whether a history holds `region`'s revision as it is now: then the history's owner has moved on from it. */
const holds = (history: readonly RegionRevision[], region: Region) => history.some((kept) => kept.revision === region.revision && sameContent(kept.content, contentOf(region)));

/**
 * How two versions of one region stand. A revision number alone proves nothing (both sides
 * count from the same start), so one side is ahead only when its history holds the other's
 * current revision with the same content; anything else is a conflict.
 */
function relation(ours: Region, ourHistory: readonly RegionRevision[], theirs: Region, theirHistory: readonly RegionRevision[]): Relation {
  if (sameContent(contentOf(ours), contentOf(theirs))) return 'same';
  if (theirs.revision > ours.revision && holds(theirHistory, ours)) return 'theirs-ahead';
  if (ours.revision > theirs.revision && holds(ourHistory, theirs)) return 'ours-ahead';
  return 'diverged';
}

/** Comments are a discussion, never an edit: both sides' are kept, each once, in the order they were written. */
function newComments(ours: readonly RegionComment[], theirs: readonly RegionComment[]): RegionComment[] {
  const known = new Set(ours.map((c) => c.id));
  return theirs.filter((c) => !known.has(c.id));
}

const byTime = (a: RegionComment, b: RegionComment) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/** A fast-forward's history: theirs (which holds ours as it was), with any older revision only ours kept. */
function joinHistories(ours: readonly RegionRevision[], theirs: readonly RegionRevision[]): RegionRevision[] {
  const byRevision = new Map(ours.map((r) => [r.revision, r]));
  for (const revision of theirs) byRevision.set(revision.revision, revision);
  return [...byRevision.values()].sort((a, b) => a.revision - b.revision).slice(-HISTORY_LIMIT);
}

/**
 * Merges the regions of a bundle into a shard (a draft, changed in place): theirs only →
 * added; same content → unchanged; theirs moved on from ours → taken; ours moved on from
 * theirs → kept; both edited → ours kept and theirs recorded as incoming, at most one per
 * region (a newer one from a later bundle replaces it). A region only ours has is kept (a
 * bundle cannot delete). Merging the same bundle again changes nothing.
 */
export function mergeShard(draft: AnnotationShard, theirs: BundleShard, receipt: Omit<IncomingRegion, 'region'>): RegionMerge {
  const merge = noMerge();
  const regions = new Map(draft.regions.map((r) => [r.id, r]));
  const history = { ...draft.history };
  const incoming = new Map((draft.incoming ?? []).map((i) => [i.region.id, i]));
  for (const their of theirs.regions) {
    const theirHistory = theirs.history[their.id] ?? [];
    const our = regions.get(their.id);
    if (!our) {
      regions.set(their.id, their);
      if (theirHistory.length > 0) history[their.id] = theirHistory;
      merge.added.push(their.id);
      continue;
    }
    const comments = newComments(our.comments, their.comments);
    const withComments = comments.length > 0 ? [...our.comments, ...comments].sort(byTime) : our.comments;
    merge.commentsAdded += comments.length;
    const stands = relation(our, draft.history[our.id] ?? [], their, theirHistory);
    if (stands === 'theirs-ahead') {
      regions.set(their.id, { ...their, comments: withComments });
      history[their.id] = joinHistories(draft.history[our.id] ?? [], theirHistory);
      merge.updated.push(their.id);
      continue;
    }
    if (comments.length > 0) {
      regions.set(our.id, { ...our, comments: withComments });
      merge.commented.push(our.id);
    }
    if (stands !== 'diverged') {
      merge.unchanged.push(our.id);
      continue;
    }
    merge.conflicts.push(our.id);
    const pending = incoming.get(our.id);
    if (pending?.region.revision === their.revision && sameContent(contentOf(pending.region), contentOf(their))) continue;
    incoming.set(our.id, { region: their, ...receipt });
    merge.changed = true;
  }
  merge.changed ||= merge.added.length + merge.updated.length + merge.commented.length > 0;
  if (merge.changed) {
    // Ours keep their order; new ones follow.
    draft.regions = [...regions.values()];
    draft.history = history;
    if (incoming.size > 0) draft.incoming = [...incoming.values()];
  }
  return merge;
}
