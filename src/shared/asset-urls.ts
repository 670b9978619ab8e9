/** preview: readable at fit width; thumbnail: for lists and grids; scan: the full page as a browser decodes it. */
export type PageImageKind = 'preview' | 'thumbnail' | 'scan';

/** The origin-relative URL at which the app's scheme or server serves a document's source file. */
export const sourceUrl = (docId: string, source: number) => `/files/${docId}/${source}`;

/** The URL of a page's derived image: its preview, its thumbnail, or its scan as a browser image. */
export const pageImageUrl = (kind: PageImageKind, docId: string, page: number) => `/pages/${docId}/${page}/${kind}`;
