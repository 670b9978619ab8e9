import { randomBytes } from 'node:crypto';
import type { SealDetail, SealSummary } from '../../../shared/contract';
import type { Seal, SealFields } from '../../../shared/domain/catalog';
import { MuragatError } from '../../../shared/rpc/errors';
import type { LibraryStore } from '../store/library-store';
import { findDocument } from './documents';
import { pageImageUrl } from '../../../shared/asset-urls';
import type { SealIndex } from './seal-index';

const newSealId = () => `seal-${randomBytes(6).toString('hex')}`;

function findSeal(store: LibraryStore, id: string): Seal {
  const seal = store.catalog().seals.find((s) => s.id === id);
  if (!seal) throw new MuragatError('not-found', `There is no seal ${id} in the catalogue.`);
  return seal;
}

const summary = (seal: Seal, count: number): SealSummary => ({
  ...seal,
  occurrenceCount: count,
  ...(seal.image ? { imageUrl: pageImageUrl('thumbnail', seal.image.docId, seal.image.page) } : {}),
});

export async function listSeals(store: LibraryStore, index: SealIndex): Promise<SealSummary[]> {
  const all = await index.occurrences();
  return store.catalog().seals.map((seal) => summary(seal, all.filter((o) => o.sealId === seal.id).length));
}

export async function getSeal(store: LibraryStore, index: SealIndex, id: string): Promise<SealDetail> {
  const seal = findSeal(store, id);
  const mine = (await index.occurrences()).filter((o) => o.sealId === id);
  return {
    ...summary(seal, mine.length),
    occurrences: mine.flatMap(({ docId, page, regionId, bounds }) => {
      const doc = findDocument(store, docId);
      const size = doc.pages[page];
      if (!size) return [];
      return [
        {
          docId,
          page,
          regionId,
          title: doc.title,
          thumbnailUrl: pageImageUrl('thumbnail', docId, page),
          previewUrl: pageImageUrl('preview', docId, page),
          bounds,
          pageSize: { width: size.width, height: size.height },
        },
      ];
    }),
  };
}

function assertImage(store: LibraryStore, fields: SealFields): void {
  if (!fields.image) return;
  const doc = findDocument(store, fields.image.docId);
  if (fields.image.page >= doc.pages.length) throw new MuragatError('not-found', `Document ${doc.id} has no page index ${fields.image.page}.`);
}

export async function createSeal(store: LibraryStore, fields: SealFields): Promise<Seal> {
  assertImage(store, fields);
  const now = new Date().toISOString();
  const seal: Seal = { ...fields, id: newSealId(), createdAt: now, updatedAt: now };
  await store.updateCatalog((draft) => {
    draft.seals.push(seal);
  });
  return seal;
}

/** Replaces a seal's described fields (the whole set: an emptied field is removed). */
export async function updateSeal(store: LibraryStore, id: string, fields: SealFields): Promise<Seal> {
  const existing = findSeal(store, id);
  assertImage(store, fields);
  const seal: Seal = { ...fields, id, ...(existing.createdAt ? { createdAt: existing.createdAt } : {}), updatedAt: new Date().toISOString() };
  await store.updateCatalog((draft) => {
    draft.seals = draft.seals.map((s) => (s.id === id ? seal : s));
  });
  return seal;
}

/** The regions a seal's deletion changed, by document: for annotationsChanged. */
export interface UnlinkedImpressions {
  docId: string;
  regionIds: string[];
}

/**
 * Removes a seal and unlinks its impressions (the regions stay, marked as seals of unknown
 * identity). Each unlinked region counts a revision, so an editor still holding the linked one
 * gets a conflict instead of saving the dead link back.
 */
export async function deleteSeal(store: LibraryStore, index: SealIndex, id: string, now = new Date()): Promise<{ count: number; unlinked: UnlinkedImpressions[] }> {
  findSeal(store, id);
  const linked = (await index.occurrences()).filter((o) => o.sealId === id);
  const unlinked: UnlinkedImpressions[] = [];
  for (const docId of new Set(linked.map((o) => o.docId))) {
    let regionIds: string[] = [];
    const shard = await store.appendShard(docId, (current) => {
      const put = current.regions
        .filter((region) => region.sealId === id)
        .map(({ sealId: _dead, ...region }) => ({ ...region, revision: region.revision + 1, updatedAt: now.toISOString() }));
      regionIds = put.map((region) => region.id);
      return put.length > 0 ? { put, remove: [], history: [] } : 'unchanged';
    });
    index.update(docId, shard.regions);
    if (regionIds.length > 0) unlinked.push({ docId, regionIds });
  }
  await store.updateCatalog((draft) => {
    draft.seals = draft.seals.filter((s) => s.id !== id);
  });
  return { count: linked.length, unlinked };
}
