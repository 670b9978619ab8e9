import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { collectionScope } from '../collections/collection-tree';
import { CollectionSidebar } from '../collections/CollectionSidebar';
import { useLibraryData } from '../data/library-data-context';
import { MetadataPanel } from '../metadata/MetadataPanel';
import { errorText } from '../ui/error-text';
import { facetsOf, filterDocuments, indexDocument } from './filter-documents';
import { LibraryFilters } from './LibraryFilters';
import { LibraryGrid } from './LibraryGrid';
import { LibraryList } from './LibraryList';
import { LibraryToolbar } from './LibraryToolbar';
import { SelectionBar } from './SelectionBar';
import { sortDocuments } from './sort-documents';
import { useDocumentSelection } from './use-document-selection';
import { useViewState } from './use-view-state';
import { CLEARED_FILTERS, isFiltered, type SortKey } from './view-state';
import './library.css';

/**
 * The library: collections and filters on the left, the documents as a list or as thumbnails in
 * the middle, the focused document's description on the right.
 */
export function LibraryView() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { documents, byId, collections, error, refresh } = useLibraryData();
  const { view, update, setFilters } = useViewState();
  // Typing in the quick filter stays smooth at 10,000 documents: the list follows a moment later.
  const filters = useDeferredValue(view.filters);
  const collator = useMemo(() => new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' }), [i18n.language]);

  const index = useMemo(() => (documents ?? []).map(indexDocument), [documents]);
  const facets = useMemo(() => facetsOf(index, collator), [index, collator]);
  // A collection deleted elsewhere filters nothing.
  const chosen = collections.some((c) => c.id === filters.collection) ? filters.collection : undefined;
  const scope = useMemo(() => (chosen === undefined ? undefined : collectionScope(collections, chosen)), [chosen, collections]);
  const shown = useMemo(() => {
    const filtered = filterDocuments(index, filters, scope);
    return sortDocuments(filtered, view.sort.key, view.sort.direction, collator);
  }, [index, filters, scope, view.sort, collator]);
  const order = useMemo(() => shown.map((d) => d.id), [shown]);

  const open = useCallback((id: string) => void navigate(`/doc/${id}/page/1`), [navigate]);
  const selection = useDocumentSelection(order, open);
  // A document just moved to the trash is no longer described here.
  const focus = selection.selection.focus;
  const focusedDoc = focus !== undefined && byId.has(focus) ? focus : undefined;
  const onSort = (key: SortKey) => update({ sort: { key, direction: view.sort.key === key && view.sort.direction === 'asc' ? 'desc' : 'asc' } });

  if (!documents) {
    return error ? (
      <p className="notice notice-error" role="alert">
        {errorText(t, error)}
      </p>
    ) : (
      <p className="placeholder">{t('library.loading')}</p>
    );
  }

  const viewProps = { documents: shown, selection, open, label: t('library.listLabel'), sort: view.sort, onSort };
  return (
    <div className={view.details ? 'library-layout with-details' : 'library-layout'}>
      <aside className="library-sidebar" aria-label={t('library.sidebar')}>
        <CollectionSidebar collections={collections} documents={documents} active={chosen} onChoose={(collection) => setFilters({ collection })} refresh={refresh} />
        <LibraryFilters filters={view.filters} facets={facets} setFilters={setFilters} />
      </aside>
      <section className="library-main" aria-labelledby="library-heading">
        <LibraryToolbar view={view} update={update} setFilters={setFilters} shown={shown.length} total={documents.length} />
        <SelectionBar ids={selection.selected} byId={byId} allTags={facets.tags} collections={collections} clear={selection.clear} refresh={refresh} />
        {shown.length > 0 ? (
          view.mode === 'list' ? (
            <LibraryList {...viewProps} />
          ) : (
            <LibraryGrid {...viewProps} />
          )
        ) : documents.length === 0 ? (
          <p className="placeholder">{t('library.empty')}</p>
        ) : (
          <div className="placeholder" data-testid="no-matches">
            <p>{t('library.noMatches')}</p>
            {isFiltered(view.filters) && (
              <button type="button" onClick={() => setFilters(CLEARED_FILTERS)}>
                {t('filters.clear')}
              </button>
            )}
          </div>
        )}
        <p className="keys-hint muted" aria-hidden="true">
          {t('library.keys')}
        </p>
      </section>
      {view.details && <MetadataPanel docId={focusedDoc} onClose={() => update({ details: false })} />}
    </div>
  );
}
