import type { DocumentSummary } from '../../../shared/contract';
import type { DocumentSelection } from './use-document-selection';
import type { SortDirection, SortKey } from './view-state';

/** What the list and the grid both show and do. */
export interface DocumentsViewProps {
  documents: DocumentSummary[];
  selection: DocumentSelection;
  open: (id: string) => void;
  label: string;
  sort: { key: SortKey; direction: SortDirection };
  onSort: (key: SortKey) => void;
}

/** The element id of a document's row or card, for aria-activedescendant. */
export const itemId = (docId: string): string => `doc-item-${docId}`;
