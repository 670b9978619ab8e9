import type { SearchHit } from '../../../shared/contract';

/** A hit in the document as a whole (its description, its own tags), not in a place on a page. */
export const isDocumentWide = (hit: Pick<SearchHit, 'regionId' | 'field'>): boolean => hit.regionId === undefined && hit.field !== 'pdf-text';

/**
 * Where a hit opens: a region's page with the region selected (`?region=`), a PDF page with the
 * viewer's find bar on the query (`?find=`, which marks the words in the text layer), a hit in
 * the description or the document's tags on its first page.
 */
export function hitRoute(hit: SearchHit, query: string): string {
  const page = isDocumentWide(hit) ? 1 : hit.page + 1;
  const path = `/doc/${encodeURIComponent(hit.docId)}/page/${page}`;
  const params = new URLSearchParams();
  if (hit.regionId !== undefined) params.set('region', hit.regionId);
  else if (hit.field === 'pdf-text' && query.trim() !== '') params.set('find', query.trim());
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}
