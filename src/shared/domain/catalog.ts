import { z } from 'zod';
import { ArchiveDocument } from './document';
import { CollectionId, DocId, SealId, Timestamp } from './ids';

export const Collection = z.object({
  id: CollectionId,
  name: z.string().min(1).max(500),
  parent: CollectionId.optional(),
});

/** A seal in the catalogue; its occurrences are seal regions that link to it. */
export const Seal = z.object({
  id: SealId,
  inscription: z.string().max(5000).optional(),
  owner: z.string().max(500).optional(),
  referenceDocument: DocId.optional(),
  notes: z.string().max(20000).optional(),
});

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
