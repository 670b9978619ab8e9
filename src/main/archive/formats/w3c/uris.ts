/** Where a document's exported resources are named (W3C and IIIF): `${baseUri}/documents/${docId}`. */
export const documentUri = (baseUri: string, docId: string): string => `${baseUri}/documents/${docId}`;

/** A page's image, pageIndex 0-based, as ExportOptions.baseUri describes it. */
export const pageImageUri = (baseUri: string, docId: string, pageIndex: number): string => `${documentUri(baseUri, docId)}/pages/${pageIndex}`;

/** A region's transcription body, named so that entity annotations can point into its text. */
export const transcriptionUri = (annotationId: string): string => `${annotationId}/text`;
