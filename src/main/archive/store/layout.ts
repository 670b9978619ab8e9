import { join } from 'node:path';
import type { PageImageKind } from '../../../shared/asset-urls';
import type { SourceFormat } from '../../../shared/domain/document';

/** Where everything lives inside a library folder (see docs/architecture.md). */
export function libraryLayout(root: string) {
  return {
    root,
    catalog: join(root, 'library.json'),
    lock: join(root, 'library.lock'),
    annotations: join(root, 'annotations'),
    files: join(root, 'files'),
    cache: join(root, 'cache'),
    search: join(root, 'search'),
    backups: join(root, 'backups'),
    shard: (docId: string) => join(root, 'annotations', `${docId}.json`),
    /** The saves made to a shard since it was last written whole (see shard-journal.ts). */
    journal: (docId: string) => join(root, 'annotations', `${docId}.journal`),
    managedFile: (sha256: string, format: SourceFormat) => join(root, 'files', sha256.slice(0, 2), `${sha256}.${format}`),
    /** Bundles made for a browser or window to download, each in a folder named by a random token. */
    bundles: join(root, 'cache', 'bundles'),
    /** Derived images of one source file's pages, keyed by content: shared by every document using the file. */
    pageCacheDir: (sha256: string) => join(root, 'cache', 'pages', sha256.slice(0, 2), sha256),
    pageImage: (sha256: string, sourcePage: number, kind: PageImageKind, extension: 'jpg' | 'png') =>
      join(root, 'cache', 'pages', sha256.slice(0, 2), sha256, `${sourcePage}-${kind}.${extension}`),
  };
}

export type LibraryLayout = ReturnType<typeof libraryLayout>;

/** What an entry of annotations/ holds: a document's shard file or its journal; null for anything else (backups, temp files). */
export function annotationFileOf(name: string): { docId: string; kind: 'shard' | 'journal' } | null {
  const match = /^(.+)\.(json|journal)$/.exec(name);
  if (!match?.[1]) return null;
  return { docId: match[1], kind: match[2] === 'json' ? 'shard' : 'journal' };
}
