import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/contract';
import { DocumentDate, SelectBox, TitleLink } from './DocumentCells';
import { itemId } from './documents-view-props';

interface LibraryCardProps {
  doc: DocumentSummary;
  column: number;
  selected: boolean;
  focused: boolean;
  onItemClick: (id: string, event: MouseEvent) => void;
  onToggle: (id: string) => void;
  open: (id: string) => void;
}

/** One thumbnail of the grid; memoised like the list's rows, so scrolling renders only what comes into view. */
export const LibraryCard = memo(function LibraryCard({ doc, column, selected, focused, onItemClick, onToggle, open }: LibraryCardProps) {
  const { t } = useTranslation();
  return (
    <div
      id={itemId(doc.id)}
      role="gridcell"
      aria-colindex={column + 1}
      aria-selected={selected}
      className={`doc-card${selected ? ' is-selected' : ''}${focused ? ' is-focused' : ''}`}
      data-testid="library-card"
      data-doc-id={doc.id}
      onClick={(event) => onItemClick(doc.id, event)}
      onDoubleClick={() => open(doc.id)}
    >
      <div className="card-thumb">
        <img src={doc.thumbnailUrl} alt="" decoding="async" draggable={false} />
        <SelectBox doc={doc} checked={selected} onToggle={onToggle} />
        {doc.pages.length > 1 && <span className="card-pages">{t('library.pageCount', { count: doc.pages.length })}</span>}
      </div>
      <TitleLink doc={doc} />
      <p className="card-meta">
        {doc.metadata.isoDate && <DocumentDate doc={doc} />}
        {doc.kind !== 'newspaper-issue' && <span>{t(`kind.${doc.kind}`)}</span>}
      </p>
    </div>
  );
});
