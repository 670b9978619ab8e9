import type { Catalog } from '../../../shared/domain/catalog';
import type { ArchiveDocument } from '../../../shared/domain/document';
import type { BundleManifest } from './bundle-manifest';
import { sameDescription } from './same-content';

/** What a merge does with one of the bundle's documents. */
export type DocumentPlan =
  | { kind: 'add'; doc: ArchiveDocument }
  | { kind: 'merge'; doc: ArchiveDocument; ours: ArchiveDocument; descriptionDiffers: boolean }
  | { kind: 'twin'; doc: ArchiveDocument; ours: ArchiveDocument }
  | { kind: 'problem'; doc: ArchiveDocument; message: string };

const shas = (doc: ArchiveDocument) => doc.sources.map((s) => s.sha256);

/**
 * Decides, from the catalogues alone, what becomes of each document of a bundle:
 * - its id is ours too, same scans and pages → its regions are merged (our description is kept);
 * - its id is ours but in our trash, or names other scans → left alone, with the reason;
 * - a document of ours, under another id, has one of its scans (the same scan imported on both
 *   machines) → left alone and reported. Merging would be guesswork: the two documents' regions
 *   share no ids or history, so every region of theirs would come in as new beside ours,
 *   doubling every page both transcribed; and the library would hold the scan twice, which an
 *   import never does. The archivist can move the work across by hand, or choose which to keep;
 * - otherwise → added whole.
 */
export function planDocuments(catalog: Readonly<Catalog>, manifest: BundleManifest): DocumentPlan[] {
  const ours = new Map(catalog.documents.map((d) => [d.id, d]));
  const bySha = new Map(catalog.documents.flatMap((d) => shas(d).map((sha) => [sha, d] as const)));
  return manifest.documents.map((doc): DocumentPlan => {
    const same = ours.get(doc.id);
    if (same?.deletedAt !== undefined) return { kind: 'problem', doc, message: `«${same.title}» is in the trash here: restore it and import the bundle again to merge it.` };
    if (same) {
      const sameScans = shas(same).join() === shas(doc).join() && same.pages.length === doc.pages.length;
      if (!sameScans) return { kind: 'problem', doc, message: `a different document («${same.title}», other scans) has this id here; it was left alone.` };
      return { kind: 'merge', doc, ours: same, descriptionDiffers: !sameDescription(same, doc) };
    }
    const twin = shas(doc).map((sha) => bySha.get(sha)).find((d) => d !== undefined);
    if (twin) return { kind: 'twin', doc, ours: twin };
    return { kind: 'add', doc };
  });
}
