import type { ArchiveService } from '../../../shared/contract';
import type { ArchiveEvents } from '../events';
import { checkLibrary } from '../library/check-library';
import { findDocument, summarize } from '../library/documents';
import { importFiles } from '../library/import-files';
import { pageAsset } from '../library/page-assets';
import type { LibraryStore } from '../store/library-store';

/** The engine's implementation of the contract: plain async functions over one library. */
export function createArchiveService(store: LibraryStore, events: ArchiveEvents, appVersion: string): ArchiveService {
  return {
    libraryInfo: async () => {
      const { documents, libraryId, schemaVersion } = store.catalog();
      return {
        libraryId,
        location: store.layout.root,
        appVersion,
        schemaVersion,
        readOnly: store.readOnly,
        ...(store.readOnlyReason ? { readOnlyReason: store.readOnlyReason } : {}),
        ...(store.lockedBy ? { lockedBy: store.lockedBy } : {}),
        documentCount: documents.length,
        pageCount: documents.reduce((sum, doc) => sum + doc.pages.length, 0),
        recoveries: [...store.recoveries],
      };
    },
    listDocuments: async () => store.catalog().documents.map(summarize),
    getDocument: async ({ id }) => findDocument(store, id),
    importFiles: ({ paths }) => importFiles(store, events, paths),
    openPageAsset: async ({ docId, page }) => pageAsset(store, docId, page),
    checkLibrary: () => checkLibrary(store),
  };
}
