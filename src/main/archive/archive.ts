import type { ArchiveService } from '../../shared/contract';
import { ArchiveEvents } from './events';
import { resolveSource, type ResolvedSource } from './library/page-assets';
import { createArchiveService } from './service/create-service';
import { openLibraryStore, type LibraryStore, type OpenStoreOptions } from './store/library-store';

/** An open library: the contract's service, its events, and what the Fetch handler needs. */
export interface Archive {
  readonly service: ArchiveService;
  readonly events: ArchiveEvents;
  readonly store: LibraryStore;
  resolveSource(docId: string, source: number): ResolvedSource;
  close(): Promise<void>;
}

export interface OpenArchiveOptions extends OpenStoreOptions {
  appVersion: string;
}

export async function openArchive(root: string, options: OpenArchiveOptions): Promise<Archive> {
  const store = await openLibraryStore(root, options);
  const events = new ArchiveEvents();
  return {
    service: createArchiveService(store, events, options.appVersion),
    events,
    store,
    resolveSource: (docId, source) => resolveSource(store, docId, source),
    close: () => store.close(),
  };
}
