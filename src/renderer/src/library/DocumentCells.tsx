import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentSummary } from '../../../shared/contract';
import { formatIsoDate } from './format-date';

/** The document's title as a link that opens it; Ctrl/Cmd/Shift-clicks select instead of opening. */
export function TitleLink({ doc }: { doc: DocumentSummary }) {
  const { t } = useTranslation();
  const selecting = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) event.preventDefault();
  };
  return (
    <Link to={`/doc/${doc.id}/page/1`} className="doc-title" dir="auto" tabIndex={-1} title={doc.title} aria-label={t('library.open', { title: doc.title })} onClick={selecting}>
      {doc.title}
    </Link>
  );
}

/** The ISO date in the reader's language, with the date in full and as printed on hover. */
export function DocumentDate({ doc }: { doc: DocumentSummary }) {
  const { i18n } = useTranslation();
  const { isoDate, dateAsPrinted } = doc.metadata;
  const full = [formatIsoDate(isoDate, i18n.language), dateAsPrinted].filter(Boolean).join(' — ');
  return <span title={full}>{formatIsoDate(isoDate, i18n.language, 'medium')}</span>;
}

export function TagChips({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-chips">
      {tags.map((tag) => (
        <li key={tag} className="chip" dir="auto">
          {tag}
        </li>
      ))}
    </ul>
  );
}

/** The row's or card's checkbox: toggles this document alone, for mouse users who do not hold Ctrl. */
export function SelectBox({ doc, checked, onToggle }: { doc: DocumentSummary; checked: boolean; onToggle: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <input
      type="checkbox"
      className="select-box"
      tabIndex={-1}
      checked={checked}
      aria-label={t('library.select', { title: doc.title })}
      onClick={(event) => event.stopPropagation()}
      onChange={() => onToggle(doc.id)}
    />
  );
}
