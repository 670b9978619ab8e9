import { z } from 'zod';
import { DocId, RegionId, SealId, Timestamp } from './ids';
import { ViewSettings } from './view';

/** A point in the page's reference pixel grid. */
const Point = z.tuple([z.number(), z.number()]);

export const Shape = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('rect'),
    x: z.number(),
    y: z.number(),
    width: z.number().positive(),
    height: z.number().positive(),
  }),
  z.object({ type: z.literal('polygon'), points: z.array(Point).min(3).max(10000) }),
]);

export const RegionKind = z.enum([
  'text',
  'heading',
  'advertisement',
  'illustration',
  'table',
  'seal',
  'marginalia',
]);

export const RegionStatus = z.enum(['draft', 'in-progress', 'done', 'reviewed']);

/** A marked area of a page and what it says; text is plain text, never markup. */
export const Region = z.object({
  id: RegionId,
  page: z.number().int().nonnegative(),
  shape: Shape,
  kind: RegionKind,
  order: z.number().int().nonnegative(),
  text: z.string().max(1_000_000),
  status: RegionStatus,
  /** For a region of kind seal: the seal in the catalogue it is an impression of. */
  sealId: SealId.optional(),
  author: z.string().max(200).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  revision: z.number().int().positive(),
});
export type Region = z.infer<typeof Region>;

/** annotations/<docId>.json: one document's regions, rewritten alone on every save. */
export const AnnotationShard = z.object({
  schemaVersion: z.number().int().positive(),
  docId: DocId,
  regions: z.array(Region),
  /** How the document was last viewed (rotation, adjustments): kept beside its regions, not in the catalogue, so a turn of the page rewrites one small file. */
  view: ViewSettings.optional(),
});
export type AnnotationShard = z.infer<typeof AnnotationShard>;
