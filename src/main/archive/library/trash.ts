import { rm } from 'node:fs/promises';
import type { LibraryStore } from '../store/library-store';

/**
 * Removes the documents in the trash for good: first from the catalog (durably), then their
 * annotations, and the scans and previews no remaining document uses. A crash in between leaves
 * only stray files, which `muragat check` reports.
 */
export async function emptyTrash(store: LibraryStore): Promise<number> {
  const trashed = store.catalog().documents.filter((d) => d.deletedAt);
  if (trashed.length === 0) return 0;
  const gone = new Set(trashed.map((d) => d.id));
  const catalog = await store.updateCatalog((draft) => {
    draft.documents = draft.documents.filter((d) => !gone.has(d.id));
  });
  const stillUsed = new Set(catalog.documents.flatMap((d) => d.sources.map((s) => s.sha256)));
  for (const doc of trashed) {
    await store.removeShard(doc.id);
    for (const source of doc.sources) {
      if (stillUsed.has(source.sha256)) continue;
      await rm(store.layout.managedFile(source.sha256, source.format), { force: true });
      await rm(store.layout.pageCacheDir(source.sha256), { recursive: true, force: true });
    }
  }
  return trashed.length;
}
