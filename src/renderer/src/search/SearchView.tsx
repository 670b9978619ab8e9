import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberSearch } from './last-search';
import { SearchField } from './SearchField';
import { SearchFilters } from './SearchFilters';
import { SearchOutcome } from './SearchOutcome';
import { focusFirstHit } from './SearchResults';
import { CLEARED_FILTERS, isNarrowed, toSearchQuery, writeSearchParams } from './search-params';
import { useLibrarySearch } from './use-library-search';
import { useSearchState } from './use-search-state';
import './search.css';

/** Hits asked for at once; more are counted, and the reader is told to narrow the search. */
export const SEARCH_LIMIT = 200;

/**
 * The library search (#/search?q=…&kind=…): one query in any of the three scripts, narrowed by
 * filters, the hits grouped by document. Everything is in the URL, so a search can be linked and
 * Back from a hit comes back to it.
 */
export function SearchView() {
  const { t } = useTranslation();
  const [state, update] = useSearchState();
  const search = useLibrarySearch(toSearchQuery(state, SEARCH_LIMIT));
  const written = writeSearchParams(state).toString();
  useEffect(() => rememberSearch(written === '' ? '' : `?${written}`), [written]);

  return (
    <div className="search-layout" data-testid="search-view">
      <aside className="search-sidebar" aria-label={t('search.filters.heading')}>
        <SearchFilters state={state} onChange={update} />
      </aside>
      <section className="search-main" aria-labelledby="search-heading">
        <h1 id="search-heading" className="search-heading">
          {t('search.heading')}
        </h1>
        <SearchField value={state.q} onSearch={(q) => update({ q })} onLeaveDown={focusFirstHit} />
        <label className="search-option">
          <input type="checkbox" checked={state.ignoreDiacritics ?? false} onChange={(event) => update({ ignoreDiacritics: event.target.checked || undefined })} data-testid="search-ignore-diacritics" />
          {t('search.ignoreDiacritics')}
          <span className="muted search-option-hint">{t('search.ignoreDiacriticsHint')}</span>
        </label>
        <SearchOutcome search={search} narrowed={isNarrowed(state)} onClearFilters={() => update(CLEARED_FILTERS)} />
      </section>
    </div>
  );
}
