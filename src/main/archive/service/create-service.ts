import type { ArchiveService } from '../../../shared/contract';
import { checkLibrary } from '../library/check-library';
import { createCollection, deleteCollection, updateCollection } from '../library/collections';
import { batchEdit, findDocument, setTrashed, summarize, updateDocument } from '../library/documents';
import { importFiles, type ImportContext } from '../library/import/import-files';
import { pageAsset } from '../library/page-assets';
import { repairLibrary } from '../library/repair';
import { createSeal, deleteSeal, getSeal, listSeals, updateSeal } from '../library/seals';
import { emptyTrash } from '../library/trash';
import { getViewSettings, setViewSettings } from '../library/view-settings';
import { addComment, getAnnotations, getRegionHistory, saveRegions } from '../library/regions';
import { createSealIndex } from '../library/seal-index';
import { bundleCalls } from './bundle-calls';
import { exchangeCalls } from './exchange-calls';

export interface ServiceContext extends ImportContext {
  appVersion: string;
  /** The search index, kept current by this service's own events. */
  search: ArchiveService['search'];
}

/** The engine's implementation of the contract: plain async functions over one library. */
export function createArchiveService(ctx: ServiceContext): ArchiveService {
  const { store, events } = ctx;
  const live = () => store.catalog().documents.filter((d) => !d.deletedAt);
  // Every change is announced, so other windows and browsers refresh; [] when no one document changed.
  const changed = (docIds: string[]) => events.emit('libraryChanged', { docIds });
  const seals = createSealIndex(store);

  return {
    libraryInfo: async () => {
      const { documents, libraryId, schemaVersion } = store.catalog();
      const inLibrary = live();
      return {
        libraryId,
        location: store.layout.root,
        appVersion: ctx.appVersion,
        schemaVersion,
        readOnly: store.readOnly,
        ...(store.readOnlyReason ? { readOnlyReason: store.readOnlyReason } : {}),
        ...(store.lockedBy ? { lockedBy: store.lockedBy } : {}),
        documentCount: inLibrary.length,
        pageCount: inLibrary.reduce((sum, doc) => sum + doc.pages.length, 0),
        trashCount: documents.length - inLibrary.length,
        recoveries: [...store.recoveries],
      };
    },
    listDocuments: async () => live().map(summarize),
    getDocument: async ({ id }) => findDocument(store, id),
    importFiles: (request) => importFiles(ctx, request),
    cancelJob: async ({ jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),
    openPageAsset: async ({ docId, page }) => pageAsset(store, docId, page),
    checkLibrary: () => checkLibrary(store),
    repairLibrary: () => repairLibrary(store, ctx.preparer),

    updateDocument: async ({ id, changes }) => {
      const doc = await updateDocument(store, id, changes);
      changed([id]);
      return doc;
    },
    batchEditDocuments: async (edit) => {
      const count = await batchEdit(store, edit);
      changed(edit.ids);
      return { count };
    },
    trashDocuments: async ({ ids }) => {
      const count = await setTrashed(store, ids, true);
      changed(ids);
      return { count };
    },
    restoreDocuments: async ({ ids }) => {
      const count = await setTrashed(store, ids, false);
      changed(ids);
      return { count };
    },
    listTrash: async () => store.catalog().documents.filter((d) => d.deletedAt).map(summarize),
    emptyTrash: async () => {
      const count = await emptyTrash(store);
      changed([]);
      return { count };
    },

    listCollections: async () => store.catalog().collections,
    createCollection: async (fields) => {
      const collection = await createCollection(store, fields);
      changed([]);
      return collection;
    },
    updateCollection: async (change) => {
      const collection = await updateCollection(store, change);
      changed([]);
      return collection;
    },
    deleteCollection: async ({ id }) => {
      const count = await deleteCollection(store, id);
      changed([]);
      return { count };
    },

    listSeals: () => listSeals(store, seals),
    getSeal: ({ id }) => getSeal(store, seals, id),
    createSeal: async ({ fields }) => {
      const seal = await createSeal(store, fields);
      changed([]);
      return seal;
    },
    updateSeal: async ({ id, fields }) => {
      const seal = await updateSeal(store, id, fields);
      changed([]);
      return seal;
    },
    deleteSeal: async ({ id }) => {
      const { count, unlinked } = await deleteSeal(store, seals, id);
      changed([]);
      // The unlinked impressions counted a revision: editors holding them reload instead of saving the dead link back.
      for (const { docId, regionIds } of unlinked) events.emit('annotationsChanged', { docId, regionIds });
      return { count };
    },

    // A view setting is the reader's, not the library's content: no libraryChanged, no list reload.
    getViewSettings: ({ docId }) => getViewSettings(store, docId),
    setViewSettings: ({ docId, view }) => setViewSettings(store, docId, view),

    // Regions are the library's content but not its list: annotationsChanged, so the list is not reloaded on every keystroke saved.
    getAnnotations: ({ docId }) => getAnnotations(store, docId),
    saveRegions: async (request) => {
      const result = await saveRegions(store, request);
      if (result.ok) {
        seals.update(request.docId, (await store.readShard(request.docId)).regions);
        events.emit('annotationsChanged', { docId: request.docId, regionIds: request.changes.map((c) => c.id) });
      }
      return result;
    },
    addComment: async ({ docId, regionId, author, text }) => {
      const region = await addComment(store, docId, regionId, author, text);
      events.emit('annotationsChanged', { docId, regionIds: [regionId] });
      return region;
    },
    getRegionHistory: ({ docId, regionId }) => getRegionHistory(store, docId, regionId),

    search: (query) => ctx.search(query),

    ...exchangeCalls({ store, events, seals, jobs: ctx.jobs, appVersion: ctx.appVersion }),
    ...bundleCalls({ ...ctx, seals }),
  };
}
