import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { ArchiveService } from '../../shared/contract';
import type { PageImageKind } from '../../shared/asset-urls';
import { ArchiveEvents } from './events';
import { pruneBundleDownloads, resolveBundleDownload } from './exchange/bundle-downloads';
import { Jobs } from './jobs';
import { inlinePreparer } from './library/import/inline-preparer';
import type { SourcePreparer } from './library/import/source-preparer';
import { acceptUpload, pruneUploads } from './library/import/uploads';
import { resolvePageImage, resolveSource, type ResolvedFile } from './library/page-assets';
import { createSearchCalls } from './search/search-calls';
import { createArchiveService } from './service/create-service';
import { openLibraryStore, type LibraryStore, type OpenStoreOptions } from './store/library-store';
import { SerialQueue } from './store/serial-queue';

/** An open library: the contract's service, its events, and what the Fetch handler and server need. */
export interface Archive {
  readonly service: ArchiveService;
  readonly events: ArchiveEvents;
  readonly store: LibraryStore;
  resolveSource(docId: string, source: number): ResolvedFile;
  resolvePageImage(docId: string, page: number, kind: PageImageKind): Promise<ResolvedFile | null>;
  /** A bundle written for download (exportBundle without a path), by the token and name of its URL; null when there is none. */
  resolveBundle(token: string, name: string): Promise<string | null>;
  /** Browser mode: stages a file a browser sent, to be named in importFiles({ uploads }). */
  acceptUpload(name: string, body: WebReadableStream<Uint8Array>): Promise<string>;
  close(): Promise<void>;
}

export interface OpenArchiveOptions extends OpenStoreOptions {
  appVersion: string;
  /** Where imports do their heavy work; by default in this thread. */
  preparer?: SourcePreparer;
}

export async function openArchive(root: string, options: OpenArchiveOptions): Promise<Archive> {
  const store = await openLibraryStore(root, options);
  const events = new ArchiveEvents();
  const preparer = options.preparer ?? inlinePreparer();
  const jobs = new Jobs();
  if (!store.readOnly) {
    await pruneUploads(store.layout);
    await pruneBundleDownloads(store.layout);
  }
  const search = createSearchCalls({ store, events });
  return {
    service: createArchiveService({ store, events, preparer, jobs, queue: new SerialQueue(), appVersion: options.appVersion, search: search.search }),
    events,
    store,
    resolveSource: (docId, source) => resolveSource(store, docId, source),
    resolvePageImage: (docId, page, kind) => resolvePageImage(store, docId, page, kind),
    resolveBundle: (token, name) => resolveBundleDownload(store.layout, token, name),
    acceptUpload: (name, body) => acceptUpload(store.layout, name, body),
    close: async () => {
      jobs.cancelAll();
      await preparer.close();
      // The index is saved before the store lets go of the library.
      await search.close();
      await store.close();
    },
  };
}
