import { useCallback, useEffect, useState } from 'react';
import { parseViewState, type LibraryFilters, type ViewState } from './view-state';

const STORAGE_KEY = 'muragat.libraryView';

/** The library's mode, order and filters, remembered in localStorage so a reload keeps them. */
export function useViewState(): {
  view: ViewState;
  update: (change: Partial<ViewState>) => void;
  setFilters: (change: Partial<LibraryFilters>) => void;
} {
  const [view, setView] = useState<ViewState>(() => parseViewState(localStorage.getItem(STORAGE_KEY)));
  useEffect(() => localStorage.setItem(STORAGE_KEY, JSON.stringify(view)), [view]);
  const update = useCallback((change: Partial<ViewState>) => setView((v) => ({ ...v, ...change })), []);
  // A filter set to «any» is undefined, which the saved JSON leaves out.
  const setFilters = useCallback((change: Partial<LibraryFilters>) => setView((v) => ({ ...v, filters: { ...v.filters, ...change } })), []);
  return { view, update, setFilters };
}
