import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MuragatError } from '../../../shared/rpc/errors';
import type { Archive } from '../archive';
import { DemoManifest } from './demo-manifest';

/**
 * Installs the bundled demo archive into a library as its manifest describes it: the files
 * imported through the contract, then their descriptions, collections, seals and finished regions.
 */
export async function installDemo(archive: Archive, demoDir: string): Promise<string[]> {
  const manifest = DemoManifest.parse(JSON.parse(await readFile(join(demoDir, 'manifest.json'), 'utf8')));
  const { store, service } = archive;
  const results = await service.importFiles({ paths: manifest.documents.map((entry) => join(demoDir, entry.file)), uploads: [], grouping: 'file' });
  const docIdOfFile = new Map<string, string>();
  for (const [index, result] of results.entries()) {
    if (!result.ok) throw new MuragatError(result.error.code, `demo file ${result.path}: ${result.error.message}`);
    const entry = manifest.documents[index];
    if (entry) docIdOfFile.set(entry.file, result.docId);
  }

  const now = new Date().toISOString();
  await store.updateCatalog((catalog) => {
    const known = new Set(catalog.collections.map((c) => c.id));
    catalog.collections.push(...manifest.collections.filter((c) => !known.has(c.id)));
    const knownSeals = new Set(catalog.seals.map((s) => s.id));
    for (const { image, ...fields } of manifest.seals) {
      if (knownSeals.has(fields.id)) continue;
      const docId = image && docIdOfFile.get(image.file);
      catalog.seals.push({ ...fields, ...(image && docId ? { image: { docId, page: image.page } } : {}), createdAt: now, updatedAt: now });
    }
    for (const entry of manifest.documents) {
      const doc = catalog.documents.find((d) => d.id === docIdOfFile.get(entry.file));
      if (!doc) continue;
      Object.assign(doc, { title: entry.title, kind: entry.kind, metadata: entry.metadata, tags: entry.tags, collections: entry.collections, updatedAt: now });
    }
  });

  for (const entry of manifest.documents) {
    const docId = docIdOfFile.get(entry.file);
    if (!docId || entry.regions.length === 0) continue;
    await store.updateShard(docId, (shard) => {
      const present = new Set(shard.regions.map((r) => r.id));
      for (const [order, region] of entry.regions.entries()) {
        if (present.has(region.id)) continue;
        shard.regions.push({ direction: 'auto', lines: [], tags: [], entities: [], comments: [], ...region, order, createdAt: now, updatedAt: now, revision: 1, author: 'Muragat demo' });
      }
    });
  }
  archive.events.emit('libraryChanged', { docIds: [...docIdOfFile.values()] });
  return [...docIdOfFile.values()];
}
