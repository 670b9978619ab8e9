import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DocumentSummary, LibraryInfo } from '../../../shared/contract';
import type { Collection } from '../../../shared/domain/catalog';
import { api } from '../api/api';
import { asMuragatError } from '../ui/error-text';
import { LibraryDataContext, type LibraryData } from './library-data-context';

interface Loaded {
  documents: DocumentSummary[] | undefined;
  collections: Collection[];
  info: LibraryInfo | undefined;
  error: LibraryData['error'];
  version: number;
}

/**
 * Loads documents, collections and library facts, and loads them again on every change. A burst
 * of changes (an import announces each file) costs at most one reload running and one waiting.
 */
export function LibraryDataProvider({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded>({ documents: undefined, collections: [], info: undefined, error: undefined, version: 0 });
  const loading = useRef({ running: false, again: false });

  const load = useCallback(async () => {
    const state = loading.current;
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = true;
    // Read through a function: a change announced while loading sets it behind the compiler's back.
    const askedAgain = () => state.again;
    do {
      state.again = false;
      try {
        const [documents, collections, info] = await Promise.all([api.call.listDocuments({}), api.call.listCollections({}), api.call.libraryInfo({})]);
        setLoaded((before) => ({ documents, collections, info, error: undefined, version: before.version + 1 }));
      } catch (error) {
        setLoaded((before) => ({ ...before, error: asMuragatError(error), version: before.version + 1 }));
      }
    } while (askedAgain());
    state.running = false;
  }, []);

  useEffect(() => {
    void load();
    return api.on('libraryChanged', () => void load());
  }, [load]);

  const refresh = useCallback(() => void load(), [load]);
  const byId = useMemo(() => new Map((loaded.documents ?? []).map((doc) => [doc.id, doc])), [loaded.documents]);
  const value = useMemo<LibraryData>(() => ({ ...loaded, byId, refresh }), [loaded, byId, refresh]);
  return <LibraryDataContext value={value}>{children}</LibraryDataContext>;
}
