import type { DocumentSummary } from '../../../shared/contract';
import type { ArchiveDocument } from '../../../shared/domain/document';
import { MuragatError } from '../../../shared/rpc/errors';
import type { LibraryStore } from '../store/library-store';

export function findDocument(store: LibraryStore, id: string): ArchiveDocument {
  const doc = store.catalog().documents.find((d) => d.id === id);
  if (!doc) throw new MuragatError('not-found', `There is no document with id ${id} in this library.`);
  return doc;
}

export function summarize(doc: ArchiveDocument): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    metadata: doc.metadata,
    tags: doc.tags,
    importedAt: doc.importedAt,
    pages: doc.pages.map(({ width, height }) => ({ width, height })),
  };
}
