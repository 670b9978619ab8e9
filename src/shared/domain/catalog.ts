import { z } from 'zod';
import { ArchiveDocument } from './document';
import { CollectionId, DocId, SealId, Timestamp } from './ids';

/** A shelf of documents; collections nest («Қазақ» → 1917 → № 255) through `parent`. */
export const Collection = z.object({
  id: CollectionId,
  name: z.string().trim().min(1).max(500),
  parent: CollectionId.optional(),
});
export type Collection = z.infer<typeof Collection>;

/** The fields of a seal an archivist describes. */
export const SealFields = z.object({
  /** The legend as it reads on the seal, in its own script. */
  inscription: z.string().max(5000).optional(),
  /** ISO 15924 code of the inscription's script: Arab, Cyrl, Latn… */
  inscriptionScript: z.string().regex(/^[A-Z][a-z]{3}$/, 'must be an ISO 15924 script code such as Arab or Cyrl').optional(),
  owner: z.string().max(500).optional(),
  /** The seal's dates as known, free text ("1917–1920", "after 1918"). */
  dates: z.string().max(200).optional(),
  notes: z.string().max(20000).optional(),
  /** The page showing the seal on its own (a document of kind seal, usually). */
  image: z.object({ docId: DocId, page: z.number().int().nonnegative() }).optional(),
});
export type SealFields = z.infer<typeof SealFields>;

/** A seal in the catalogue; its occurrences are seal regions whose `sealId` names it. */
export const Seal = SealFields.extend({
  id: SealId,
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
});
export type Seal = z.infer<typeof Seal>;

/** library.json: everything about the library except annotations. */
export const Catalog = z.object({
  schemaVersion: z.number().int().positive(),
  libraryId: z.string().min(1).max(64),
  createdAt: Timestamp,
  documents: z.array(ArchiveDocument),
  collections: z.array(Collection),
  seals: z.array(Seal),
});
export type Catalog = z.infer<typeof Catalog>;
