import type { Region } from '../../../shared/domain/annotations';
import { contentOf } from '../../../shared/domain/region-content';
import { MuragatError } from '../../../shared/rpc/errors';
import type { ArchiveEvents } from '../events';
import { findDocument } from '../library/documents';
import { saveRegions } from '../library/regions';
import type { LibraryStore } from '../store/library-store';

export interface ResolveIncomingRequest {
  docId: string;
  regionId: string;
  /** 'theirs': their content becomes a new revision of ours; 'ours': their version is let go. */
  keep: 'ours' | 'theirs';
  /** Who decided: the author of the new revision when theirs is kept. */
  author: string;
}

/**
 * Settles a conflict a bundle brought. Keeping theirs is an ordinary save of their content
 * over our current revision (saveRegions: checked against the page and the seal catalogue,
 * our version kept in the history, the revision counted, the author recorded); only once it is
 * stored is the incoming record dropped, so a failure loses neither version. Returns the
 * region as stored now (null if ours was deleted and theirs let go).
 */
export async function resolveIncoming(ctx: { store: LibraryStore; events: ArchiveEvents }, request: ResolveIncomingRequest): Promise<Region | null> {
  const { store, events } = ctx;
  const { docId, regionId } = request;
  findDocument(store, docId);
  const shard = await store.readShard(docId);
  const incoming = shard.incoming?.find((i) => i.region.id === regionId);
  if (!incoming) throw new MuragatError('not-found', `Region ${regionId} of document ${docId} has no version from a bundle waiting for a decision.`);
  if (request.keep === 'theirs') {
    const ours = shard.regions.find((r) => r.id === regionId);
    const saved = await saveRegions(store, {
      docId,
      author: request.author,
      changes: [{ op: 'put', id: regionId, baseRevision: ours?.revision ?? 0, content: contentOf(incoming.region) }],
    });
    if (!saved.ok) throw new MuragatError('invalid-argument', `Region ${regionId} was saved while the conflict was being settled: look at it again and choose once more.`);
  }
  await store.updateShard(docId, (draft) => {
    const rest = (draft.incoming ?? []).filter((i) => i.region.id !== regionId);
    if (rest.length === (draft.incoming ?? []).length) return 'unchanged';
    if (rest.length > 0) draft.incoming = rest;
    else delete draft.incoming;
    return undefined;
  });
  events.emit('annotationsChanged', { docId, regionIds: [regionId] });
  return (await store.readShard(docId)).regions.find((r) => r.id === regionId) ?? null;
}
