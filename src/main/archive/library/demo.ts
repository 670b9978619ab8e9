import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentKind } from '../../../shared/domain/document';
import { Metadata } from '../../../shared/domain/metadata';
import { MuragatError } from '../../../shared/rpc/errors';
import type { ArchiveEvents } from '../events';
import type { LibraryStore } from '../store/library-store';
import { importFiles } from './import-files';

/** resources/demo/manifest.json: what scripts/make-demo.ts wrote, and how to describe each file. */
export const DemoManifest = z.object({
  documents: z
    .array(
      z.object({
        file: z.string().regex(/^[\w.-]+$/, 'a file name inside the demo folder'),
        title: z.string().min(1),
        kind: DocumentKind,
        metadata: Metadata,
        tags: z.array(z.string()),
      }),
    )
    .min(1),
});
export type DemoManifest = z.infer<typeof DemoManifest>;

/** Imports the bundled demo archive into a library and describes it as its manifest says. */
export async function installDemo(store: LibraryStore, events: ArchiveEvents, demoDir: string): Promise<string[]> {
  const manifest = DemoManifest.parse(JSON.parse(await readFile(join(demoDir, 'manifest.json'), 'utf8')));
  const results = await importFiles(store, events, manifest.documents.map((entry) => join(demoDir, entry.file)));
  const docIds: string[] = [];
  for (const [index, result] of results.entries()) {
    if (!result.ok) throw new MuragatError(result.error.code, `demo file ${result.path}: ${result.error.message}`);
    docIds.push(result.docId);
    const entry = manifest.documents[index];
    if (!entry || result.duplicate) continue;
    await store.updateCatalog((catalog) => {
      const doc = catalog.documents.find((d) => d.id === result.docId);
      if (!doc) return;
      doc.title = entry.title;
      doc.kind = entry.kind;
      doc.metadata = entry.metadata;
      doc.tags = entry.tags;
    });
  }
  return docIds;
}
