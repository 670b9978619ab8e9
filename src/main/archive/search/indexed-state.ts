import { z } from 'zod';

/**
 * What a document's entries were made from, to know on opening whether they are current: its
 * catalogue entry's updatedAt (moved by every edit of its description), the fingerprint of its
 * regions, whether its PDF text was all read, and the stamp of its annotation files when the
 * regions were read (absent when unknown: they were read for a save, not whole). Files with the
 * same stamp spare reading the shard to compare its regions.
 */
export const IndexedState = z
  .object({
    updatedAt: z.string(),
    regions: z.string(),
    complete: z.boolean(),
    files: z.string().optional(),
  })
  .strict();
export type IndexedState = z.infer<typeof IndexedState>;
