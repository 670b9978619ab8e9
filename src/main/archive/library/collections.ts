import { randomBytes } from 'node:crypto';
import type { Collection } from '../../../shared/domain/catalog';
import { MuragatError } from '../../../shared/rpc/errors';
import type { LibraryStore } from '../store/library-store';

const newCollectionId = () => `c-${randomBytes(6).toString('hex')}`;

function assertParentAllowed(collections: readonly Collection[], id: string | undefined, parent: string | undefined): void {
  if (parent === undefined) return;
  const byId = new Map(collections.map((c) => [c.id, c]));
  if (!byId.has(parent)) throw new MuragatError('not-found', `There is no collection ${parent}.`);
  // Walking up from the new parent must never reach the collection itself.
  for (let at: string | undefined = parent; at !== undefined; at = byId.get(at)?.parent) {
    if (at === id) throw new MuragatError('invalid-argument', 'A collection cannot be placed inside itself or one of its own sub-collections.');
  }
}

export async function createCollection(store: LibraryStore, fields: Omit<Collection, 'id'>): Promise<Collection> {
  const collection: Collection = { id: newCollectionId(), name: fields.name, ...(fields.parent ? { parent: fields.parent } : {}) };
  await store.updateCatalog((draft) => {
    assertParentAllowed(draft.collections, undefined, collection.parent);
    draft.collections.push(collection);
  });
  return collection;
}

/** Renames or moves a collection; `parent: null` moves it to the top level, an absent parent leaves it. */
export async function updateCollection(store: LibraryStore, change: { id: string; name?: string; parent?: string | null }): Promise<Collection> {
  let updated: Collection | undefined;
  await store.updateCatalog((draft) => {
    const collection = draft.collections.find((c) => c.id === change.id);
    if (!collection) throw new MuragatError('not-found', `There is no collection ${change.id}.`);
    if (change.name !== undefined) collection.name = change.name;
    if (change.parent === null) delete collection.parent;
    else if (change.parent !== undefined) {
      assertParentAllowed(draft.collections, collection.id, change.parent);
      collection.parent = change.parent;
    }
    updated = { ...collection };
  });
  if (!updated) throw new MuragatError('not-found', `There is no collection ${change.id}.`);
  return updated;
}

/** Removes a collection: its sub-collections move up to its parent, its documents simply leave it. */
export async function deleteCollection(store: LibraryStore, id: string): Promise<number> {
  let documents = 0;
  await store.updateCatalog((draft) => {
    const collection = draft.collections.find((c) => c.id === id);
    if (!collection) throw new MuragatError('not-found', `There is no collection ${id}.`);
    draft.collections = draft.collections.filter((c) => c.id !== id);
    for (const child of draft.collections) {
      if (child.parent !== id) continue;
      if (collection.parent) child.parent = collection.parent;
      else delete child.parent;
    }
    for (const doc of draft.documents) {
      if (!doc.collections.includes(id)) continue;
      doc.collections = doc.collections.filter((c) => c !== id);
      documents++;
    }
  });
  return documents;
}
