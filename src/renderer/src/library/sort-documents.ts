import type { DocumentSummary } from '../../../shared/contract';
import { foldText } from './fold-text';
import type { SortDirection, SortKey } from './view-state';

/** Plain code-unit order: right for ISO dates and timestamps, and for ids. */
const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The documents in the chosen order. Undated documents come last whichever way dates run;
 * equal keys fall back to the title, then the id, so the order never jumps between reloads.
 */
export function sortDocuments(documents: readonly DocumentSummary[], key: SortKey, direction: SortDirection, collator: Intl.Collator): DocumentSummary[] {
  const titles = new Map(documents.map((doc) => [doc.id, foldText(doc.title)]));
  const byTitle = (a: DocumentSummary, b: DocumentSummary) => collator.compare(titles.get(a.id) ?? '', titles.get(b.id) ?? '') || codeOrder(a.id, b.id);
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: DocumentSummary, b: DocumentSummary): number => {
    if (key === 'title') return sign * byTitle(a, b);
    if (key === 'imported') return sign * codeOrder(a.importedAt, b.importedAt) || byTitle(a, b);
    const da = a.metadata.isoDate;
    const db = b.metadata.isoDate;
    if (da === undefined || db === undefined) return da === db ? byTitle(a, b) : da === undefined ? 1 : -1;
    return sign * codeOrder(da, db) || byTitle(a, b);
  };
  return [...documents].sort(compare);
}
