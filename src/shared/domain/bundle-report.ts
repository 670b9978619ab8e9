import { z } from 'zod';
import { Region } from './annotations';
import { DocId, RegionId, Timestamp } from './ids';

const Count = z.number().int().nonnegative();
const DocumentRef = z.object({ docId: DocId, title: z.string() });

/** What writing a bundle made. */
export const BundleSummary = z.object({
  path: z.string(),
  documents: Count,
  files: Count,
  bytes: Count,
});
export type BundleSummary = z.infer<typeof BundleSummary>;

/** A document both libraries have, and what the bundle changed in it. */
export const MergedDocument = DocumentRef.extend({
  regionsAdded: Count,
  /** Regions theirs had moved on from ours (a fast-forward): taken. */
  regionsUpdated: Count,
  regionsUnchanged: Count,
  /** Comments theirs had that ours lacked: comments are never a conflict, they are added. */
  commentsAdded: Count,
  /** Regions both sides edited: kept as ours, theirs set aside as incoming. */
  conflicts: Count,
  /** Their description (title, kind, metadata, tags, collections) is not ours: ours is kept. */
  descriptionDiffers: z.boolean(),
});
export type MergedDocument = z.infer<typeof MergedDocument>;

/** What importing a bundle did, document by document. */
export const BundleImportReport = z.object({
  /** The bundle's file name. */
  bundle: z.string(),
  /** Documents new to this library: added whole. */
  added: z.array(DocumentRef),
  /** Documents this library already had as the bundle has them: nothing written. */
  unchanged: z.array(DocumentRef.extend({ descriptionDiffers: z.boolean() })),
  merged: z.array(MergedDocument),
  /** Every region of the bundle waiting for a decision (resolveIncoming), including ones an earlier import set aside. */
  conflicts: z.array(DocumentRef.extend({ regionId: RegionId })),
  /** Their document is made of a scan this library has in another document: skipped (why: plan-merge.ts). */
  presentUnderOtherId: z.array(DocumentRef.extend({ ourDocId: DocId, ourTitle: z.string() })),
  collectionsAdded: Count,
  sealsAdded: Count,
  /** Documents skipped or left as they were, and why. */
  problems: z.array(z.object({ docId: DocId.optional(), title: z.string().optional(), message: z.string() })),
});
export type BundleImportReport = z.infer<typeof BundleImportReport>;

/** A region both libraries edited: ours as stored (null when deleted since), theirs as a bundle brought it. */
export const IncomingConflict = z.object({
  regionId: RegionId,
  ours: Region.nullable(),
  theirs: Region,
  bundle: z.string(),
  receivedAt: Timestamp,
});
export type IncomingConflict = z.infer<typeof IncomingConflict>;
