import { events as eventSchemas, type SearchQuery, type SearchResult } from '../../../shared/contract';
import type { ArchiveEvents } from '../events';
import type { LibraryStore } from '../store/library-store';
import { SearchIndex, type SearchIndexOptions } from './search-index';

export interface SearchCalls {
  search: (query: SearchQuery) => Promise<SearchResult>;
  /** Stops following the library and saves the index: before the store closes. */
  close: () => Promise<void>;
  /** The index itself, for tests and diagnostics. */
  readonly index: SearchIndex;
}

/** The contract's `search`, over an index kept current by the service's own events. */
export function createSearchCalls(deps: { store: LibraryStore; events: ArchiveEvents }, options: SearchIndexOptions = {}): SearchCalls {
  const index = new SearchIndex(deps.store, options);
  // Runs inside the service's emit, after a save: it only notes what changed, and never throws.
  const unsubscribe = deps.events.subscribe((name, payload) => {
    if (name === 'annotationsChanged') {
      const change = eventSchemas.annotationsChanged.safeParse(payload);
      if (change.success) index.noteRegions(change.data.docId, change.data.regionIds);
    } else if (name === 'libraryChanged') {
      const change = eventSchemas.libraryChanged.safeParse(payload);
      if (change.success) index.noteDocuments(change.data.docIds);
    }
  });
  return {
    search: (query) => index.search(query),
    close: async () => {
      unsubscribe();
      await index.close();
    },
    index,
  };
}
