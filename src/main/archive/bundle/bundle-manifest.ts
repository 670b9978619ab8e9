import { z } from 'zod';
import type { AnnotationShard } from '../../../shared/domain/annotations';
import { Collection, Seal } from '../../../shared/domain/catalog';
import { ArchiveDocument } from '../../../shared/domain/document';
import { Timestamp } from '../../../shared/domain/ids';

export const BUNDLE_FORMAT = 'muragat-bundle';
export const BUNDLE_VERSION = 1;

/** Enough to tell a bundle and its version apart before reading the rest against this version's schema. */
export const BundleHeader = z.object({ format: z.literal(BUNDLE_FORMAT), version: z.number().int().positive() });

/** bundle.json: what a transfer bundle carries and where it came from. */
const ManifestFields = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  createdAt: Timestamp,
  /** The library the bundle was made from. */
  libraryId: z.string().min(1).max(64),
  appVersion: z.string().max(100),
  /** The documents' catalog entries, as the library that made the bundle had them. */
  documents: z.array(ArchiveDocument).min(1).max(100_000),
  /** The collections the documents are in, with their ancestors. */
  collections: z.array(Collection).max(100_000),
  /** The seals the documents' seal regions name. */
  seals: z.array(Seal).max(100_000),
});

const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

/** A manifest must be whole: every id it refers to is in it, so a merge never makes a dangling reference. */
function checkReferences(manifest: z.infer<typeof ManifestFields>, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  for (const id of duplicates(manifest.documents.map((d) => d.id))) issue(['documents'], `document ${id} is listed twice`);
  for (const id of duplicates(manifest.collections.map((c) => c.id))) issue(['collections'], `collection ${id} is listed twice`);
  for (const id of duplicates(manifest.seals.map((s) => s.id))) issue(['seals'], `seal ${id} is listed twice`);
  const collections = new Map(manifest.collections.map((c) => [c.id, c]));
  // Chains found to end at the top need not be walked again.
  const reachTop = new Set<string>();
  manifest.collections.forEach((collection, i) => {
    if (collection.parent !== undefined && !collections.has(collection.parent)) issue(['collections', i, 'parent'], `collection ${collection.parent} is not in the bundle`);
    const chain = new Set<string>();
    let step: Collection | undefined = collection;
    while (step && !reachTop.has(step.id)) {
      if (chain.has(step.id)) return issue(['collections', i, 'parent'], `collection ${collection.id} is its own ancestor`);
      chain.add(step.id);
      step = step.parent === undefined ? undefined : collections.get(step.parent);
    }
    for (const id of chain) reachTop.add(id);
  });
  const formats = new Map<string, string>();
  manifest.documents.forEach((doc, i) => {
    if (doc.deletedAt !== undefined) issue(['documents', i, 'deletedAt'], `document ${doc.id} is in the trash`);
    for (const id of doc.collections) if (!collections.has(id)) issue(['documents', i, 'collections'], `collection ${id} is not in the bundle`);
    for (const page of doc.pages) if (page.source >= doc.sources.length) issue(['documents', i, 'pages'], `a page of document ${doc.id} names a source it does not have`);
    for (const source of doc.sources) {
      const known = formats.get(source.sha256);
      if (known !== undefined && known !== source.format) issue(['documents', i, 'sources'], `file ${source.sha256} is given two formats`);
      formats.set(source.sha256, source.format);
    }
  });
}

export const BundleManifest = ManifestFields.superRefine(checkReferences);
export type BundleManifest = z.infer<typeof BundleManifest>;

/** What a bundle carries of one document's annotations (annotations/<docId>.json): its regions and their history. */
export type BundleShard = Pick<AnnotationShard, 'docId' | 'regions' | 'history'>;
