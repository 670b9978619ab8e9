/** The route of one page of a document (`#/doc/<id>/page/<n>`, n 1-based), relative to the app's root. */
export const PAGE_ROUTE = 'doc/:docId/page/:page';
