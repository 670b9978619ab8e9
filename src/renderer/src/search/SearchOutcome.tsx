import { useTranslation } from 'react-i18next';
import { errorText } from '../ui/error-text';
import { SearchResults } from './SearchResults';
import type { LibrarySearch } from './use-library-search';

interface SearchOutcomeProps {
  search: LibrarySearch;
  /** Whether filters narrow the search: then «nothing found» offers to clear them. */
  narrowed: boolean;
  onClearFilters: () => void;
}

/** What a search came to: a hint before typing, results, nothing found, or why it failed. */
export function SearchOutcome({ search, narrowed, onClearFilters }: SearchOutcomeProps) {
  const { t } = useTranslation();
  switch (search.status) {
    case 'idle':
      return (
        <div className="placeholder search-hint" data-testid="search-empty">
          <p>{t('search.hint')}</p>
          <p className="muted">{t('search.keys')}</p>
        </div>
      );
    case 'loading':
      return (
        <p className="placeholder" role="status">
          {t('search.searching')}
        </p>
      );
    case 'failed':
      return (
        <p className="notice notice-error" role="alert" data-testid="search-error">
          {t('search.failed', { reason: errorText(t, search.error) })}
        </p>
      );
    case 'done':
      break;
  }
  const { result, query, stale } = search;
  const shown = result.groups.reduce((sum, group) => sum + group.hits.length, 0);
  if (shown === 0) {
    return (
      <div className="placeholder" role="status" data-testid="search-no-results" aria-busy={stale}>
        <p>{t('search.noResults', { query: query.trim() })}</p>
        {narrowed && (
          <button type="button" onClick={onClearFilters}>
            {t('filters.clear')}
          </button>
        )}
      </div>
    );
  }
  return (
    <>
      <p className="search-summary" role="status" data-testid="search-summary">
        {t('search.summary', { count: result.total, documents: t('search.inDocuments', { count: result.groups.length }) })}
        {stale && <span className="muted"> · {t('search.searching')}</span>}
      </p>
      {result.total > shown && (
        <p className="notice notice-warning" data-testid="search-capped">
          {t('search.capped', { count: result.total, shown })}
        </p>
      )}
      <SearchResults result={result} query={query} stale={stale} />
    </>
  );
}
