import type { PageAsset } from '../../../shared/contract';
import type { SourceFormat } from '../../../shared/domain/document';
import { MuragatError } from '../../../shared/rpc/errors';
import type { LibraryStore } from '../store/library-store';
import { findDocument } from './documents';

/** The origin-relative URL at which the app's scheme or server serves a document's source file. */
export const sourceUrl = (docId: string, source: number) => `/files/${docId}/${source}`;

export function pageAsset(store: LibraryStore, docId: string, pageIndex: number): PageAsset {
  const doc = findDocument(store, docId);
  const page = doc.pages[pageIndex];
  if (!page) {
    throw new MuragatError('not-found', `Document ${docId} has ${doc.pages.length} pages; there is no page index ${pageIndex}.`);
  }
  const source = doc.sources[page.source];
  if (!source) throw new MuragatError('corrupt', `Page ${pageIndex} of ${docId} names a source file that is not there.`);
  return {
    docId,
    page: pageIndex,
    format: source.format,
    url: sourceUrl(docId, page.source),
    sourcePage: page.sourcePage,
    width: page.width,
    height: page.height,
  };
}

export interface ResolvedSource {
  path: string;
  format: SourceFormat;
  size: number;
  sha256: string;
}

/** Resolves a source by ids only: the one place a URL becomes a file path. */
export function resolveSource(store: LibraryStore, docId: string, source: number): ResolvedSource {
  const doc = findDocument(store, docId);
  const file = doc.sources[source];
  if (!file) throw new MuragatError('not-found', `Document ${docId} has no source file ${source}.`);
  return { path: store.layout.managedFile(file.sha256, file.format), format: file.format, size: file.size, sha256: file.sha256 };
}
