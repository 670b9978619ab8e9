import { randomBytes } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ImportResult } from '../../../shared/contract';
import type { ArchiveDocument, SourceFormat } from '../../../shared/domain/document';
import { MuragatError } from '../../../shared/rpc/errors';
import type { ArchiveEvents } from '../events';
import type { LibraryStore } from '../store/library-store';
import { toMuragatError } from '../to-muragat-error';
import { collectFiles } from './collect-files';
import { detectFormat } from './detect-format';
import { commitStagedFile, discardStagedFile, stageFile, type StagedFile } from './managed-files';
import type { PageGrid } from './page-grid';
import { probeImage } from './probe-image';
import { probePdf } from './probe-pdf';

export const newDocumentId = (): string => randomBytes(8).toString('hex');

/**
 * Imports each file (folders expanded) as one document. Every file gets its own result; one
 * bad file never stops the batch, and a failed file leaves nothing behind.
 */
export async function importFiles(store: LibraryStore, events: ArchiveEvents, paths: readonly string[]): Promise<ImportResult[]> {
  if (store.readOnly) throw new MuragatError('read-only', 'This library is open read-only; nothing was imported.');
  const files = await collectFiles(paths);
  const results: ImportResult[] = [];
  for (const [fileIndex, path] of files.entries()) {
    const progress = { fileIndex, fileCount: files.length, file: basename(path) };
    events.emit('importProgress', { ...progress, stage: 'started' });
    try {
      const { docId, duplicate } = await importOne(store, path);
      results.push({ ok: true, path, docId, duplicate });
      events.emit('importProgress', { ...progress, stage: 'done' });
      if (!duplicate) events.emit('libraryChanged', { docIds: [docId] });
    } catch (error) {
      results.push({ ok: false, path, error: toMuragatError(error).toPayload() });
      events.emit('importProgress', { ...progress, stage: 'failed' });
    }
  }
  return results;
}

async function importOne(store: LibraryStore, path: string): Promise<{ docId: string; duplicate: boolean }> {
  const format = await detectFormat(path);
  if (!format) throw new MuragatError('unsupported-format', 'not a PDF, JPEG, PNG, WebP or TIFF file');
  const staged = await stageFile(store.layout, path);
  let committed: string | undefined;
  try {
    const twin = findDocumentWithFile(store.catalog().documents, staged.sha256);
    if (twin) return { docId: twin.id, duplicate: true };
    const document = newDocument(path, format, staged, await probe(staged.path, format));
    committed = await commitStagedFile(store.layout, staged, format);
    await store.updateCatalog((catalog) => {
      catalog.documents.push(document);
    });
    committed = undefined;
    return { docId: document.id, duplicate: false };
  } finally {
    await discardStagedFile(staged);
    // The catalog write failed: a managed file no document names must not stay behind.
    if (committed && !findDocumentWithFile(store.catalog().documents, staged.sha256)) {
      await unlink(committed).catch(() => undefined);
    }
  }
}

const probe = (path: string, format: SourceFormat): Promise<PageGrid[]> =>
  format === 'pdf' ? probePdf(path) : probeImage(path, format);

function findDocumentWithFile(documents: readonly ArchiveDocument[], sha256: string): ArchiveDocument | undefined {
  return documents.find((doc) => doc.sources.some((source) => source.sha256 === sha256));
}

function newDocument(path: string, format: SourceFormat, file: StagedFile, pages: PageGrid[]): ArchiveDocument {
  const now = new Date().toISOString();
  const originalName = basename(path);
  return {
    id: newDocumentId(),
    kind: 'document',
    title: basename(originalName, extname(originalName)) || originalName,
    sources: [{ sha256: file.sha256, format, originalName, size: file.size, pageCount: pages.length }],
    pages: pages.map((grid, index) => ({ source: 0, sourcePage: index + 1, ...grid })),
    metadata: {},
    collections: [],
    tags: [],
    importedAt: now,
    updatedAt: now,
  };
}
