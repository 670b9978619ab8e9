import { pendingConflicts } from '../bundle/incoming-conflicts';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Annotations, RegionChange, RegionConflict, SaveRegionsRequest, SaveRegionsResult } from '../../../shared/contract';
import type { Region, RegionContent, RegionRevision } from '../../../shared/domain/annotations';
import type { ArchiveDocument } from '../../../shared/domain/document';
import { checkShape } from '../../../shared/geometry/shape-check';
import { MuragatError } from '../../../shared/rpc/errors';
import type { LibraryStore } from '../store/library-store';
import type { ShardDelta } from '../store/shard-delta';
import { findDocument } from './documents';
import { recordRevision } from './region-history';

const byReadingOrder = (a: Region, b: Region) => a.page - b.page || a.order - b.order || a.id.localeCompare(b.id);

export async function getAnnotations(store: LibraryStore, docId: string): Promise<Annotations> {
  findDocument(store, docId);
  const shard = await store.readShard(docId);
  return { docId, regions: [...shard.regions].sort(byReadingOrder), incoming: pendingConflicts(shard) };
}

const invalid = (at: string, message: string) => new MuragatError('invalid-argument', message, [{ path: at, message }]);

/**
 * Checks a region as a writer left it against its page and the catalogue, and cuts a shape
 * that reaches past the page back to its edges (the editor warns as it draws; this is the
 * boundary that holds for every client).
 */
function admit(doc: ArchiveDocument, content: RegionContent, at: string, sealIds: ReadonlySet<string>): RegionContent {
  const page = doc.pages[content.page];
  if (!page) throw invalid(`${at}.page`, `Document ${doc.id} has no page index ${content.page}.`);
  const checked = checkShape(content.shape, page);
  if (checked.problem === 'degenerate') throw invalid(`${at}.shape`, 'The region has no area: draw it larger.');
  if (checked.problem === 'self-intersecting') throw invalid(`${at}.shape`, 'The outline crosses itself: move its points so that no edges cross.');
  const lines = content.lines.map((line) => ({
    ...line,
    polygon: line.polygon.map(([x, y]): [number, number] => [Math.min(Math.max(x, 0), page.width), Math.min(Math.max(y, 0), page.height)]),
    ...(line.baseline ? { baseline: line.baseline.map(([x, y]): [number, number] => [Math.min(Math.max(x, 0), page.width), Math.min(Math.max(y, 0), page.height)]) } : {}),
  }));
  content.entities.forEach((entity, i) => {
    if (entity.end > content.text.length) throw invalid(`${at}.entities.${i}`, 'An entity reaches past the end of the text.');
  });
  if (content.sealId && content.kind !== 'seal') throw invalid(`${at}.sealId`, 'Only a region of kind seal can be linked to a seal.');
  if (content.sealId && !sealIds.has(content.sealId)) throw new MuragatError('not-found', `There is no seal ${content.sealId} in the catalogue.`);
  return { ...content, shape: checked.shape, lines };
}

/**
 * Saves a writer's changes to one document's regions, all or nothing. Each change names the
 * revision it was made on: if the stored region has moved on since (another client saved it),
 * nothing is written and the conflicts come back with what is stored now, so no update is lost.
 */
export async function saveRegions(store: LibraryStore, request: z.output<typeof SaveRegionsRequest>, now = new Date()): Promise<SaveRegionsResult> {
  const doc = findDocument(store, request.docId);
  const sealIds = new Set(store.catalog().seals.map((s) => s.id));
  const admitted = request.changes.map((change, i): RegionChange => (change.op === 'put' ? { ...change, content: admit(doc, change.content, `changes.${i}.content`, sealIds) } : change));
  const at = now.toISOString();
  let result: SaveRegionsResult = { ok: true, saved: [], deleted: [] };
  await store.appendShard(request.docId, (shard) => {
    const changing = new Set(admitted.map((change) => change.id));
    const stored = new Map(shard.regions.filter((r) => changing.has(r.id)).map((r) => [r.id, r]));
    const conflicts: RegionConflict[] = admitted
      .filter((change) => (stored.get(change.id)?.revision ?? 0) !== change.baseRevision)
      .map((change) => ({ id: change.id, baseRevision: change.baseRevision, current: stored.get(change.id) ?? null }));
    if (conflicts.length > 0) {
      result = { ok: false, conflicts };
      return 'unchanged';
    }
    const delta: ShardDelta = { put: [], remove: [], history: [] };
    for (const change of admitted) {
      const previous = stored.get(change.id);
      if (change.op === 'delete') {
        // A deleted region's history goes with it.
        delta.remove.push(change.id);
        continue;
      }
      // Decided on a one-region view of the history: the shard itself changes only once the save is durable.
      const kept = previous && recordRevision({ history: { [previous.id]: shard.history[previous.id] ?? [] } }, previous, request.author, now);
      if (kept) delta.history.push({ id: change.id, revision: kept });
      delta.put.push({
        ...change.content,
        id: change.id,
        ...(request.author ? { author: request.author } : {}),
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
        revision: (previous?.revision ?? 0) + 1,
        comments: previous?.comments ?? [],
      });
    }
    result = { ok: true, saved: delta.put, deleted: delta.remove };
    return delta;
  });
  return result;
}

const newPartId = () => `c-${randomBytes(6).toString('hex')}`;

/** Adds a comment to a region's thread; a discussion is not an edit, so the revision stays. */
export async function addComment(store: LibraryStore, docId: string, regionId: string, author: string, text: string, now = new Date()): Promise<Region> {
  findDocument(store, docId);
  let updated: Region | undefined;
  await store.appendShard(docId, (shard) => {
    const region = shard.regions.find((r) => r.id === regionId);
    if (!region) return 'unchanged';
    updated = { ...region, comments: [...region.comments, { id: newPartId(), author, text, createdAt: now.toISOString() }] };
    return { put: [updated], remove: [], history: [] };
  });
  if (!updated) throw new MuragatError('not-found', `There is no region ${regionId} in document ${docId}.`);
  return updated;
}

/** A region's earlier revisions, oldest first (the current one is the region itself). */
export async function getRegionHistory(store: LibraryStore, docId: string, regionId: string): Promise<RegionRevision[]> {
  findDocument(store, docId);
  const shard = await store.readShard(docId);
  if (!shard.regions.some((r) => r.id === regionId)) throw new MuragatError('not-found', `There is no region ${regionId} in document ${docId}.`);
  return shard.history[regionId] ?? [];
}
