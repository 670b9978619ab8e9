import { stat } from 'node:fs/promises';
import type { Collection, Seal } from '../../../shared/domain/catalog';
import type { ArchiveDocument, SourceFile } from '../../../shared/domain/document';
import { MuragatError } from '../../../shared/rpc/errors';
import { findDocument } from '../library/documents';
import type { LibraryStore } from '../store/library-store';
import { shardSpec } from '../store/schema-versions';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleManifest, type BundleShard } from './bundle-manifest';

/** Everything a bundle will hold, read from the library before a byte of the zip is written. */
export interface BundleContents {
  manifest: BundleManifest;
  shards: { docId: string; title: string; json: Buffer }[];
  files: { source: SourceFile; path: string }[];
}

/** The documents to carry, each once; one in the trash is refused, not skipped, so the archivist knows. */
function chosenDocuments(store: LibraryStore, docIds: readonly string[]): ArchiveDocument[] {
  if (docIds.length === 0) throw new MuragatError('invalid-argument', 'Choose at least one document to put in a bundle.');
  return [...new Set(docIds)].map((id) => {
    const doc = findDocument(store, id, { includeTrash: true });
    if (doc.deletedAt !== undefined) throw new MuragatError('invalid-argument', `Document ${id} («${doc.title}») is in the trash: restore it to put it in a bundle.`);
    return doc;
  });
}

/** The collections the documents are in, with every ancestor, so the receiving library can shelve them the same way. */
function collectionsOf(store: LibraryStore, docs: readonly ArchiveDocument[]): Collection[] {
  const all = new Map(store.catalog().collections.map((c) => [c.id, c]));
  const chosen = new Map<string, Collection>();
  const pending = docs.flatMap((doc) => doc.collections);
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (chosen.has(id)) continue;
    const collection = all.get(id);
    if (!collection) throw new MuragatError('corrupt', `Collection ${id} is named by a document but is not in the catalogue; run muragat check.`);
    chosen.set(id, collection);
    if (collection.parent !== undefined) pending.push(collection.parent);
  }
  return [...chosen.values()];
}

/** The seals the documents' seal regions are impressions of. */
function sealsOf(store: LibraryStore, shards: readonly BundleShard[]): Seal[] {
  const all = new Map(store.catalog().seals.map((s) => [s.id, s]));
  const chosen = new Map<string, Seal>();
  for (const shard of shards) {
    for (const region of shard.regions) {
      if (region.sealId === undefined || chosen.has(region.sealId)) continue;
      const seal = all.get(region.sealId);
      if (!seal) throw new MuragatError('corrupt', `Region ${region.id} of document ${shard.docId} names seal ${region.sealId}, which is not in the catalogue; run muragat check.`);
      chosen.set(seal.id, seal);
    }
  }
  return [...chosen.values()];
}

/** Each scan once, checked to be in the library as the catalogue describes it before the bundle is begun. */
async function filesOf(store: LibraryStore, docs: readonly ArchiveDocument[]): Promise<BundleContents['files']> {
  const files = new Map<string, BundleContents['files'][number]>();
  for (const doc of docs) {
    for (const source of doc.sources) {
      if (files.has(source.sha256)) continue;
      const path = store.layout.managedFile(source.sha256, source.format);
      const size = (await stat(path).catch(() => null))?.size;
      if (size !== source.size) {
        const state = size === undefined ? 'is missing from the library' : `has ${size} bytes where the catalogue says ${source.size}`;
        throw new MuragatError('corrupt', `The scan ${source.originalName} of «${doc.title}» ${state}; run muragat check. No bundle was written.`);
      }
      files.set(source.sha256, { source, path });
    }
  }
  return [...files.values()];
}

/** Reads what a bundle of these documents holds; the manifest is checked with the schema the reading side uses. */
export async function gatherBundle(store: LibraryStore, docIds: readonly string[], appVersion: string, now = new Date()): Promise<BundleContents> {
  const docs = chosenDocuments(store, docIds);
  const taken: { doc: ArchiveDocument; shard: BundleShard }[] = [];
  for (const doc of docs) {
    const shard = await store.readShard(doc.id);
    // Taken at once: later saves replace the shard's regions and add to its history in place.
    taken.push({ doc, shard: { docId: doc.id, regions: shard.regions, history: { ...shard.history } } });
  }
  const manifest = BundleManifest.parse({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: now.toISOString(),
    libraryId: store.catalog().libraryId,
    appVersion,
    documents: docs,
    collections: collectionsOf(store, docs),
    seals: sealsOf(store, taken.map((t) => t.shard)),
  });
  return {
    manifest,
    // Pending conflicts (incoming) and view settings stay behind: they are this library's business.
    shards: taken.map(({ doc, shard }) => ({ docId: doc.id, title: doc.title, json: Buffer.from(JSON.stringify({ schemaVersion: shardSpec.currentVersion, ...shard })) })),
    files: await filesOf(store, docs),
  };
}
