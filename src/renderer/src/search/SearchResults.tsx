import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchResult } from '../../../shared/contract';
import { useLibraryData } from '../data/library-data-context';
import { HitLink } from './HitLink';
import { focusSearchField } from './search-field-focus';

interface SearchResultsProps {
  result: SearchResult;
  query: string;
  stale: boolean;
}

/** The hits of every group, in the order shown. */
const hitLinks = (list: Element) => [...list.querySelectorAll<HTMLElement>('.search-hit')];

/** Up and down arrows move between hits, from the first back up to the search field. */
function onArrows(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = hitLinks(event.currentTarget);
  const at = links.findIndex((link) => link === document.activeElement);
  if (at < 0) return;
  event.preventDefault();
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) focusSearchField();
  else links[Math.min(next, links.length - 1)]?.focus();
}

/** Focuses the first hit (arrow down from the field). */
export function focusFirstHit(): void {
  const list = document.querySelector('.search-results');
  if (list) hitLinks(list)[0]?.focus();
}

/**
 * Hits grouped by document, best documents first. Not virtualised: a search asks for at most
 * SEARCH_LIMIT hits, a few hundred small links, and says so when there were more.
 */
export function SearchResults({ result, query, stale }: SearchResultsProps) {
  const { t } = useTranslation();
  const { byId } = useLibraryData();
  return (
    <div className={stale ? 'search-results is-stale' : 'search-results'} aria-label={t('search.results')} aria-busy={stale} role="region" data-testid="search-results" onKeyDown={onArrows}>
      {result.groups.map((group) => (
        <article key={group.docId} className="search-group" data-testid="search-group" data-doc-id={group.docId} aria-labelledby={`search-group-${group.docId}`}>
          <h2 id={`search-group-${group.docId}`} className="search-group-title">
            <Link to={`/doc/${encodeURIComponent(group.docId)}/page/1`}>{byId.get(group.docId)?.title ?? group.title}</Link>
            <span className="muted search-group-count">{t('search.matches', { count: group.hits.length })}</span>
          </h2>
          <ol className="search-hits">
            {group.hits.map((hit, index) => (
              <li key={index}>
                <HitLink hit={hit} query={query} />
              </li>
            ))}
          </ol>
        </article>
      ))}
    </div>
  );
}
