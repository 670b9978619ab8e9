/** The library search's field, which the search key focuses. */
export const SEARCH_FIELD_ID = 'library-search';

/** Focuses the search field with its text selected, so typing replaces the last query. */
export function focusSearchField(): boolean {
  const field = document.getElementById(SEARCH_FIELD_ID);
  if (!(field instanceof HTMLInputElement)) return false;
  field.focus();
  field.select();
  return true;
}
