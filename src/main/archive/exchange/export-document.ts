import type { z } from 'zod';
import type { ExportRequest } from '../../../shared/contract';
import type { ExportedFile } from '../../../shared/domain/exchange';
import { findDocument } from '../library/documents';
import type { LibraryStore } from '../store/library-store';
import { EXPORTERS } from './exporters';
import { runExport, type ExportRun } from './run-export';

/** An address that names this library and cannot be mistaken for a real one (RFC 2606 reserves .invalid). */
export const defaultBaseUri = (libraryId: string) => `https://muragat.invalid/${libraryId}`;

/** A document in one of the exchange formats: its description and every region of every page, as files, made page by page (run-export.ts). */
export async function exportDocument(store: LibraryStore, request: z.output<typeof ExportRequest>, appVersion: string, run: ExportRun = {}, now = new Date()): Promise<ExportedFile[]> {
  const doc = findDocument(store, request.docId);
  const regions = [...(await store.readShard(doc.id)).regions];
  const steps = EXPORTERS[request.format](
    { doc, regions },
    {
      baseUri: request.baseUri ?? defaultBaseUri(store.catalog().libraryId),
      textScript: request.textScript,
      generator: `Muragat ${appVersion}`,
      now,
    },
  );
  return runExport(steps, run);
}
