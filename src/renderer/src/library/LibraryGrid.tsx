import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useElementSize } from '../ui/use-element-size';
import { itemId, type DocumentsViewProps } from './documents-view-props';
import { LibraryCard } from './LibraryCard';

/** The narrowest a card gets; the cards of a row share its width. */
const CARD_WIDTH = 172;
const GAP = 16;
/** Thumbnail, two lines of title, one of details, and the gap: fixed, so nothing is measured. */
const ROW_HEIGHT = 306;

/** The library as thumbnails, row by row: only the rows on screen (and a few around) are in the page. */
export function LibraryGrid({ documents, selection, open, label }: DocumentsViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(scroller);
  const columns = Math.max(1, Math.floor((width + GAP) / (CARD_WIDTH + GAP)));
  const rows = Math.ceil(documents.length / columns);
  // eslint-disable-next-line react-hooks/incompatible-library -- this app does not use the React Compiler; the virtualiser re-renders the grid itself
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 2,
  });
  const { focusIndex, selection: state } = selection;
  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(Math.floor(focusIndex / columns), { align: 'auto' });
  }, [focusIndex, columns, virtualizer]);
  const focusedId = state.focus !== undefined && focusIndex >= 0 ? state.focus : undefined;

  return (
    <div
      className="doc-grid"
      role="grid"
      aria-label={label}
      aria-multiselectable="true"
      aria-rowcount={rows}
      aria-colcount={columns}
      aria-activedescendant={focusedId === undefined ? undefined : itemId(focusedId)}
      tabIndex={0}
      data-testid="library-grid"
      onKeyDown={(event) => selection.onKeyDown(event, columns, Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT)))}
    >
      <div ref={scroller} className="doc-scroller" role="rowgroup" tabIndex={-1}>
        <div className="doc-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => (
            <div
              key={row.key}
              role="row"
              aria-rowindex={row.index + 1}
              className="card-row"
              style={{ transform: `translateY(${row.start}px)`, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
            >
              {documents.slice(row.index * columns, row.index * columns + columns).map((doc, column) => (
                <LibraryCard
                  key={doc.id}
                  doc={doc}
                  column={column}
                  selected={state.selected.has(doc.id)}
                  focused={doc.id === focusedId}
                  onItemClick={selection.onItemClick}
                  onToggle={selection.toggleOne}
                  open={open}
                />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
