import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { readSearchParams, writeSearchParams, type SearchState } from './search-params';

/** Marks the URL writes the search view makes itself, told apart from Back, Forward and links. */
const OWN_WRITE = 'search-view';

/**
 * The search as the URL holds it, kept in the view as well: the router writes the URL a moment
 * after a key or a click, and fields tied only to the URL would drop what is typed meanwhile.
 * The view's own writes are not read back (an older one arriving late would undo newer typing);
 * any other change of the URL is.
 */
export function useSearchState(): [SearchState, (change: Partial<SearchState>) => void] {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [state, setState] = useState(() => readSearchParams(params));
  // Adjusting state while rendering, not in an effect: the fields never show a stale search.
  const [seen, setSeen] = useState(location.key);
  if (seen !== location.key) {
    setSeen(location.key);
    if (location.state !== OWN_WRITE) setState(readSearchParams(params));
  }

  // Typing and filtering replace the entry: Back leaves the search, not each letter typed.
  const update = (change: Partial<SearchState>) => {
    const next = { ...state, ...change };
    setState(next);
    setParams(writeSearchParams(next), { replace: true, state: OWN_WRITE });
  };
  return [state, update];
}
