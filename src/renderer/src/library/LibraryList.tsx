import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { itemId, type DocumentsViewProps } from './documents-view-props';
import { LibraryRow } from './LibraryRow';
import type { SortKey } from './view-state';

/** Fixed, so the virtualiser never measures: 10,000 rows cost what 30 do. */
const ROW_HEIGHT = 64;

/** The library as a table: only the rows on screen (and a few around) are in the page. */
export function LibraryList({ documents, selection, open, label, sort, onSort }: DocumentsViewProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- this app does not use the React Compiler; the virtualiser re-renders the list itself
  const virtualizer = useVirtualizer({
    count: documents.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => documents[index]?.id ?? index,
  });
  const { focusIndex, selection: state } = selection;
  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusIndex, virtualizer]);

  const focusedId = state.focus !== undefined && focusIndex >= 0 ? state.focus : undefined;
  const sortHeader = (key: SortKey, text: string, className: string) => (
    <div role="columnheader" className={className} aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-header" tabIndex={-1} onClick={() => onSort(key)}>
        {text}
        <span aria-hidden="true">{sort.key === key ? (sort.direction === 'asc' ? ' ↑' : ' ↓') : ''}</span>
      </button>
    </div>
  );

  return (
    <div
      className="doc-table"
      role="grid"
      aria-label={label}
      aria-multiselectable="true"
      aria-rowcount={documents.length + 1}
      aria-activedescendant={focusedId === undefined ? undefined : itemId(focusedId)}
      tabIndex={0}
      data-testid="library-list"
      onKeyDown={(event) => selection.onKeyDown(event, 1, Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1))}
    >
      <div role="rowgroup" className="doc-head">
        <div role="row" aria-rowindex={1} className="doc-row">
          <div role="columnheader" className="cell-check">
            <span className="visually-hidden">{t('library.selected')}</span>
          </div>
          <div role="columnheader" className="cell-thumb">
            <span className="visually-hidden">{t('library.thumbnail')}</span>
          </div>
          {sortHeader('title', t('library.title'), 'cell-title')}
          <div role="columnheader" className="cell-kind">
            {t('library.kind')}
          </div>
          <div role="columnheader" className="cell-publication">
            {t('library.publication')}
          </div>
          {sortHeader('date', t('library.date'), 'cell-date')}
          <div role="columnheader" className="cell-issue numeric" title={t('library.issueNumber')}>
            {t('library.issue')}
          </div>
          <div role="columnheader" className="cell-pages numeric">
            {t('library.pages')}
          </div>
        </div>
      </div>
      <div ref={scroller} className="doc-scroller" role="rowgroup" tabIndex={-1}>
        <div className="doc-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const doc = documents[item.index];
            if (!doc) return null;
            return (
              <LibraryRow
                key={item.key}
                doc={doc}
                index={item.index}
                start={item.start}
                height={ROW_HEIGHT}
                selected={state.selected.has(doc.id)}
                focused={doc.id === focusedId}
                onItemClick={selection.onItemClick}
                onToggle={selection.toggleOne}
                open={open}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
