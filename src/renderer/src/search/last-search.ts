/** The query string of the last library search shown, so the search key opens it again (as a browser's find does). */
let last = '';

export function rememberSearch(search: string): void {
  last = search;
}

/** The route of the library search: the last one, or a new one for `query` when given. */
export function librarySearchPath(query?: string): string {
  if (query === undefined || query.trim() === '') return `/search${last}`;
  return `/search?${new URLSearchParams({ q: query.trim() }).toString()}`;
}
