import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/contract';
import { DocumentDate, SelectBox, TagChips, TitleLink } from './DocumentCells';
import { itemId } from './documents-view-props';

interface LibraryRowProps {
  doc: DocumentSummary;
  index: number;
  /** Where the virtualiser places the row, in pixels from the top. */
  start: number;
  height: number;
  selected: boolean;
  focused: boolean;
  onItemClick: (id: string, event: MouseEvent) => void;
  onToggle: (id: string) => void;
  open: (id: string) => void;
}

/**
 * One row of the list. Memoised: while scrolling only rows coming into view render, the rows
 * already on screen keep their props and are left alone.
 */
export const LibraryRow = memo(function LibraryRow({ doc, index, start, height, selected, focused, onItemClick, onToggle, open }: LibraryRowProps) {
  const { t } = useTranslation();
  return (
    <div
      id={itemId(doc.id)}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`doc-row${selected ? ' is-selected' : ''}${focused ? ' is-focused' : ''}`}
      style={{ transform: `translateY(${start}px)`, height }}
      data-testid="library-row"
      data-doc-id={doc.id}
      onClick={(event) => onItemClick(doc.id, event)}
      onDoubleClick={() => open(doc.id)}
    >
      <div role="gridcell" className="cell-check">
        <SelectBox doc={doc} checked={selected} onToggle={onToggle} />
      </div>
      <div role="gridcell" className="cell-thumb">
        <img src={doc.thumbnailUrl} alt="" decoding="async" draggable={false} />
      </div>
      <div role="gridcell" className="cell-title">
        <TitleLink doc={doc} />
        <div className="doc-subline">
          {doc.metadata.place && (
            <span className="muted" dir="auto">
              {doc.metadata.place}
            </span>
          )}
          <TagChips tags={doc.tags} />
        </div>
      </div>
      <div role="gridcell" className="cell-kind">
        {t(`kind.${doc.kind}`)}
      </div>
      <div role="gridcell" className="cell-publication" dir="auto">
        {doc.metadata.publication ?? ''}
      </div>
      <div role="gridcell" className="cell-date">
        <DocumentDate doc={doc} />
      </div>
      <div role="gridcell" className="cell-issue numeric">
        {doc.metadata.issueNumber ?? ''}
      </div>
      <div role="gridcell" className="cell-pages numeric">
        {doc.pages.length}
      </div>
    </div>
  );
});
