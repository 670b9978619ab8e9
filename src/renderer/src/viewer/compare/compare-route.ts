/** One side of a comparison: a document and a page (1-based), as in the route. */
export interface CompareSide {
  docId: string;
  page: number;
}

/** #/compare/<doc>/<page>/<doc>/<page>: two pages side by side, e.g. a seal beside the document that bears it. */
export const comparePath = (left: CompareSide, right: CompareSide) => `/compare/${left.docId}/${left.page}/${right.docId}/${right.page}`;
