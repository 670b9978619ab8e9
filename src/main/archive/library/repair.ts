import { existsSync } from 'node:fs';
import type { z } from 'zod';
import type { RepairReport } from '../../../shared/contract';
import type { LibraryStore } from '../store/library-store';
import { toMuragatError } from '../to-muragat-error';
import type { SourcePreparer } from './import/source-preparer';

/** Pages whose preview or thumbnail is missing from the cache, grouped by the source file that has them. */
export function missingPreviews(store: LibraryStore): { docId: string; source: number; pages: number[] }[] {
  const out: { docId: string; source: number; pages: number[] }[] = [];
  for (const doc of store.catalog().documents) {
    for (const [source, file] of doc.sources.entries()) {
      const pages = doc.pages
        .map((page, index) => ({ page, index }))
        .filter(({ page }) => page.source === source)
        .filter(({ page }) => (['preview', 'thumbnail'] as const).some((kind) => !existsSync(store.layout.pageImage(file.sha256, page.sourcePage, kind, 'jpg'))))
        .map(({ index }) => index);
      if (pages.length > 0) out.push({ docId: doc.id, source, pages });
    }
  }
  return out;
}

/** Rebuilds what the cache lost (`muragat check --repair`): previews and thumbnails, made as at import. */
export async function repairLibrary(store: LibraryStore, preparer: SourcePreparer): Promise<z.input<typeof RepairReport>> {
  const report: z.input<typeof RepairReport> = { previewsRebuilt: 0, failures: [] };
  for (const { docId, source, pages } of missingPreviews(store)) {
    const doc = store.catalog().documents.find((d) => d.id === docId);
    const file = doc?.sources[source];
    if (!file) continue;
    try {
      await preparer.prepare(
        {
          path: store.layout.managedFile(file.sha256, file.format),
          format: file.format,
          sha256: file.sha256,
          libraryRoot: store.layout.root,
          ...(file.password === undefined ? {} : { password: file.password }),
        },
        () => undefined,
        new AbortController().signal,
      );
      report.previewsRebuilt += pages.length;
    } catch (error) {
      for (const page of pages) report.failures.push({ docId, page, message: toMuragatError(error).message });
    }
  }
  return report;
}
