import { existsSync } from 'node:fs';
import type { PageAsset } from '../../../shared/contract';
import type { Page, SourceFile, SourceFormat } from '../../../shared/domain/document';
import { MuragatError } from '../../../shared/rpc/errors';
import type { LibraryStore } from '../store/library-store';
import type { PageImageKind } from '../../../shared/asset-urls';
import { ensureScanImage } from '../previews/scan-image';
import { pageImageUrl, sourceUrl } from '../../../shared/asset-urls';
import { findDocument } from './documents';


/** Pages of trashed documents stay reachable: the trash shows their thumbnails until it is emptied. */
function findPage(store: LibraryStore, docId: string, pageIndex: number): { page: Page; source: SourceFile } {
  const doc = findDocument(store, docId, { includeTrash: true });
  const page = doc.pages[pageIndex];
  if (!page) throw new MuragatError('not-found', `Document ${docId} has ${doc.pages.length} pages; there is no page index ${pageIndex}.`);
  const source = doc.sources[page.source];
  if (!source) throw new MuragatError('corrupt', `Page ${pageIndex} of ${docId} names a source file that is not there.`);
  return { page, source };
}

export function pageAsset(store: LibraryStore, docId: string, pageIndex: number): PageAsset {
  const { page, source } = findPage(store, docId, pageIndex);
  const cached = (kind: PageImageKind, extension: 'jpg' | 'png') => existsSync(store.layout.pageImage(source.sha256, page.sourcePage, kind, extension));
  // TIFF pages become browser images on first request; a PDF page has one when its JPEG scan was kept.
  const hasScanImage = source.format === 'tiff' || cached('scan', 'jpg');
  return {
    docId,
    page: pageIndex,
    format: source.format,
    url: sourceUrl(docId, page.source),
    sourcePage: page.sourcePage,
    width: page.width,
    height: page.height,
    grid: page.grid ?? (source.format === 'pdf' ? 'pdf-300dpi' : 'image'),
    ...(cached('preview', 'jpg') ? { previewUrl: pageImageUrl('preview', docId, pageIndex) } : {}),
    ...(cached('thumbnail', 'jpg') ? { thumbnailUrl: pageImageUrl('thumbnail', docId, pageIndex) } : {}),
    ...(hasScanImage ? { imageUrl: pageImageUrl('scan', docId, pageIndex) } : {}),
    ...(source.password === undefined ? {} : { password: source.password }),
    ...(page.scanOnly ? { scanOnly: true } : {}),
  };
}

export interface ResolvedFile {
  path: string;
  contentType: string;
  /** A strong validator: the content never changes under this name. */
  etag: string;
}

const CONTENT_TYPE: Readonly<Record<SourceFormat, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  tiff: 'image/tiff',
};

/** Resolves a source by ids only: one of the two places a URL becomes a file path. */
export function resolveSource(store: LibraryStore, docId: string, source: number): ResolvedFile {
  const doc = findDocument(store, docId, { includeTrash: true });
  const file = doc.sources[source];
  if (!file) throw new MuragatError('not-found', `Document ${docId} has no source file ${source}.`);
  return { path: store.layout.managedFile(file.sha256, file.format), contentType: CONTENT_TYPE[file.format], etag: `"${file.sha256}"` };
}

/** Resolves a page's derived image by ids, making a TIFF page's browser image on first use; null when there is none. */
export async function resolvePageImage(store: LibraryStore, docId: string, pageIndex: number, kind: PageImageKind): Promise<ResolvedFile | null> {
  const { page, source } = findPage(store, docId, pageIndex);
  const etag = `"${source.sha256}-${page.sourcePage}-${kind}"`;
  if (kind === 'scan') {
    const made = source.format === 'tiff' ? await ensureScanImage(store.layout, source, page.sourcePage) : null;
    const path = made ?? store.layout.pageImage(source.sha256, page.sourcePage, 'scan', 'jpg');
    if (!existsSync(path)) return null;
    return { path, contentType: path.endsWith('.png') ? 'image/png' : 'image/jpeg', etag };
  }
  const path = store.layout.pageImage(source.sha256, page.sourcePage, kind, 'jpg');
  return existsSync(path) ? { path, contentType: 'image/jpeg', etag } : null;
}
