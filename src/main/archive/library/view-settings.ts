import { DEFAULT_VIEW, type ViewSettings } from '../../../shared/domain/view';
import type { LibraryStore } from '../store/library-store';
import { findDocument } from './documents';

/** A document never viewed yet is shown upright, unadjusted, one page at a time. */
export async function getViewSettings(store: LibraryStore, docId: string): Promise<ViewSettings> {
  findDocument(store, docId);
  return (await store.readShard(docId)).view ?? DEFAULT_VIEW;
}

export async function setViewSettings(store: LibraryStore, docId: string, view: ViewSettings): Promise<ViewSettings> {
  findDocument(store, docId);
  await store.updateShard(docId, (shard) => {
    shard.view = view;
  });
  return view;
}
