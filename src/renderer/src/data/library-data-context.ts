import { createContext, useContext } from 'react';
import type { DocumentSummary, LibraryInfo } from '../../../shared/contract';
import type { Collection } from '../../../shared/domain/catalog';
import type { MuragatError } from '../../../shared/rpc/errors';

/** The library as every view sees it: loaded once, refreshed when anything changes. */
export interface LibraryData {
  /** Undefined until the first answer. */
  documents: DocumentSummary[] | undefined;
  byId: ReadonlyMap<string, DocumentSummary>;
  collections: Collection[];
  info: LibraryInfo | undefined;
  /** The last load's failure, if it failed; what was loaded before stays shown. */
  error: MuragatError | undefined;
  /** Grows with every reload: views that load more (trash, seals) reload with it. */
  version: number;
  /** Loads again now (after this window's own changes, which not every call announces). */
  refresh: () => void;
}

export const LibraryDataContext = createContext<LibraryData | null>(null);

export function useLibraryData(): LibraryData {
  const data = useContext(LibraryDataContext);
  if (!data) throw new Error('useLibraryData needs a LibraryDataProvider above it');
  return data;
}
