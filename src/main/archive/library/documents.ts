import type { z } from 'zod';
import type { BatchEdit, DocumentChanges, DocumentSummary } from '../../../shared/contract';
import type { ArchiveDocument } from '../../../shared/domain/document';
import type { Catalog } from '../../../shared/domain/catalog';
import { MuragatError } from '../../../shared/rpc/errors';
import type { LibraryStore } from '../store/library-store';
import { pageImageUrl } from '../../../shared/asset-urls';

/** Each catalogue's documents not in the trash: a catalogue is never changed, only replaced by a new one. */
const live = new WeakMap<Readonly<Catalog>, ReadonlyMap<string, ArchiveDocument>>();

/** The documents in the library (not in the trash), by id; made once per catalogue (every search asks). */
export function liveDocuments(store: LibraryStore): ReadonlyMap<string, ArchiveDocument> {
  const catalog = store.catalog();
  let documents = live.get(catalog);
  if (!documents) {
    documents = new Map(catalog.documents.filter((doc) => !doc.deletedAt).map((doc) => [doc.id, doc]));
    live.set(catalog, documents);
  }
  return documents;
}

/** A document that is in the library (not in the trash), or a not-found error naming the id. */
export function findDocument(store: LibraryStore, id: string, options: { includeTrash?: boolean } = {}): ArchiveDocument {
  const doc = store.catalog().documents.find((d) => d.id === id);
  if (!doc || (doc.deletedAt && !options.includeTrash)) throw new MuragatError('not-found', `There is no document with id ${id} in this library.`);
  return doc;
}

export function summarize(doc: ArchiveDocument): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    metadata: doc.metadata,
    tags: doc.tags,
    collections: doc.collections,
    importedAt: doc.importedAt,
    updatedAt: doc.updatedAt,
    ...(doc.deletedAt ? { deletedAt: doc.deletedAt } : {}),
    pages: doc.pages.map(({ width, height }) => ({ width, height })),
    thumbnailUrl: pageImageUrl('thumbnail', doc.id, 0),
  };
}

const unique = (values: readonly string[]) => [...new Set(values)];

function assertCollectionsExist(catalog: Catalog, ids: readonly string[]): void {
  const known = new Set(catalog.collections.map((c) => c.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) throw new MuragatError('not-found', `There is no collection ${missing.join(', ')}.`);
}

/** Changes what the archivist describes: title, kind, metadata, tags, collections. */
export async function updateDocument(store: LibraryStore, id: string, changes: z.output<typeof DocumentChanges>): Promise<ArchiveDocument> {
  findDocument(store, id);
  const catalog = await store.updateCatalog((draft) => {
    if (changes.collections) assertCollectionsExist(draft, changes.collections);
    const doc = draft.documents.find((d) => d.id === id);
    if (!doc) return;
    Object.assign(doc, {
      ...changes,
      ...(changes.tags ? { tags: unique(changes.tags) } : {}),
      ...(changes.collections ? { collections: unique(changes.collections) } : {}),
      updatedAt: new Date().toISOString(),
    });
  });
  const updated = catalog.documents.find((d) => d.id === id);
  if (!updated) throw new MuragatError('not-found', `There is no document with id ${id} in this library.`);
  return updated;
}

/** The same change to many documents at once: tags and collections added or removed, a kind set. */
export async function batchEdit(store: LibraryStore, edit: z.output<typeof BatchEdit>): Promise<number> {
  const ids = new Set(edit.ids);
  let count = 0;
  await store.updateCatalog((draft) => {
    assertCollectionsExist(draft, edit.addCollections);
    const now = new Date().toISOString();
    for (const doc of draft.documents) {
      if (!ids.has(doc.id) || doc.deletedAt) continue;
      doc.tags = unique([...doc.tags.filter((t) => !edit.removeTags.includes(t)), ...edit.addTags]);
      doc.collections = unique([...doc.collections.filter((c) => !edit.removeCollections.includes(c)), ...edit.addCollections]);
      if (edit.kind) doc.kind = edit.kind;
      doc.updatedAt = now;
      count++;
    }
  });
  return count;
}

/** Moves documents to the trash, or back: nothing is lost until the trash is emptied. */
export async function setTrashed(store: LibraryStore, ids: readonly string[], trashed: boolean): Promise<number> {
  const wanted = new Set(ids);
  let count = 0;
  await store.updateCatalog((draft) => {
    const now = new Date().toISOString();
    for (const doc of draft.documents) {
      if (!wanted.has(doc.id) || Boolean(doc.deletedAt) === trashed) continue;
      if (trashed) doc.deletedAt = now;
      else delete doc.deletedAt;
      doc.updatedAt = now;
      count++;
    }
  });
  return count;
}
