import { z } from 'zod';
import { DocId, RegionId, SealId, Timestamp } from './ids';
import { ViewSettings } from './view';

/** A point in the page's reference pixel grid. */
export const Point = z.tuple([z.number(), z.number()]);
export type Point = z.infer<typeof Point>;

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
export type Shape = z.infer<typeof Shape>;

export const RegionKind = z.enum(['text', 'heading', 'advertisement', 'illustration', 'table', 'seal', 'marginalia']);
export type RegionKind = z.infer<typeof RegionKind>;

export const RegionStatus = z.enum(['draft', 'in-progress', 'done', 'reviewed']);
export type RegionStatus = z.infer<typeof RegionStatus>;

/** How a region's text runs; 'auto' lets the first strong letter decide (Unicode's plaintext rule). */
export const TextDirection = z.enum(['auto', 'ltr', 'rtl']);
export type TextDirection = z.infer<typeof TextDirection>;

/** BCP 47 language tag, e.g. kk, kk-Arab, ru. */
export const LanguageTag = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as kk or ru');
/** ISO 15924 script code. */
export const ScriptCode = z.string().regex(/^[A-Z][a-z]{3}$/, 'must be an ISO 15924 script code such as Arab or Cyrl');

/** Names a line, entity or comment inside its region. */
export const PartId = z.string().regex(/^[a-z0-9][a-z0-9-]{3,63}$/, 'id must be letters a–z, digits and dashes (4–64)');

/** One printed line inside a region, for line-by-line work: its outline, baseline and text. */
export const TextLine = z.object({
  id: PartId,
  polygon: z.array(Point).min(3).max(10000),
  baseline: z.array(Point).min(2).max(10000).optional(),
  text: z.string().max(100_000),
});
export type TextLine = z.infer<typeof TextLine>;

export const EntityType = z.enum(['person', 'place', 'organisation', 'date']);
export type EntityType = z.infer<typeof EntityType>;

/** A span of a region's text (UTF-16 offsets, end exclusive) naming a person, place, organisation or date. */
export const Entity = z
  .object({
    id: PartId,
    type: EntityType,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** The name as a catalogue writes it (e.g. an ISO date, a standard spelling). */
    normalized: z.string().max(1000).optional(),
    /** An authority's identifier or URI (Wikidata, GeoNames, VIAF…). */
    identifier: z.string().max(2000).optional(),
  })
  .refine((e) => e.end > e.start, { message: 'an entity ends after it starts', path: ['end'] });
export type Entity = z.infer<typeof Entity>;

export const Tag = z.string().trim().min(1).max(100);

export const RegionComment = z.object({
  id: PartId,
  author: z.string().max(200),
  text: z.string().trim().min(1, 'a comment needs text').max(20_000),
  createdAt: Timestamp,
});
export type RegionComment = z.infer<typeof RegionComment>;

/**
 * What an archivist edits in a region: every field a revision records. Text is plain text,
 * never markup.
 */
export const RegionContent = z.object({
  page: z.number().int().nonnegative(),
  shape: Shape,
  kind: RegionKind,
  order: z.number().int().nonnegative(),
  text: z.string().max(1_000_000),
  language: LanguageTag.optional(),
  script: ScriptCode.optional(),
  direction: TextDirection.default('auto'),
  lines: z.array(TextLine).max(2000).default([]),
  status: RegionStatus,
  tags: z.array(Tag).max(200).default([]),
  entities: z.array(Entity).max(10_000).default([]),
  /** For a region of kind seal: the seal in the catalogue it is an impression of. */
  sealId: SealId.optional(),
});
export type RegionContent = z.infer<typeof RegionContent>;
export type RegionContentInput = z.input<typeof RegionContent>;

/** A marked area of a page and what it says. */
export const Region = RegionContent.extend({
  id: RegionId,
  /** Who saved the current revision. */
  author: z.string().max(200).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Counts saves: a writer names the revision it edited, and a stale one is a conflict. */
  revision: z.number().int().positive(),
  /** A discussion beside the text: appended, never part of a revision. */
  comments: z.array(RegionComment).max(10_000).default([]),
});
export type Region = z.infer<typeof Region>;

/** One saved state of a region, kept for the history panel. */
export const RegionRevision = z.object({
  revision: z.number().int().positive(),
  author: z.string().max(200).optional(),
  at: Timestamp,
  content: RegionContent,
});
export type RegionRevision = z.infer<typeof RegionRevision>;

/**
 * A region a transfer bundle brought that both sides edited since their common revision: kept
 * beside ours, never over it, until the archivist keeps one or the other.
 */
export const IncomingRegion = z.object({
  /** Their version, as their library had it. */
  region: Region,
  /** The bundle's file name, to say where it came from. */
  bundle: z.string().max(1000),
  receivedAt: Timestamp,
});
export type IncomingRegion = z.infer<typeof IncomingRegion>;

/** annotations/<docId>.json: one document's regions; saves since it was last written whole are in annotations/<docId>.journal. */
export const AnnotationShard = z.object({
  schemaVersion: z.number().int().positive(),
  docId: DocId,
  regions: z.array(Region),
  /** Each region's earlier revisions, oldest first; kept apart so reading regions stays light. */
  history: z.record(RegionId, z.array(RegionRevision)).default({}),
  /** How the document was last viewed (rotation, adjustments): kept beside its regions, not in the catalogue, so a turn of the page rewrites one small file. */
  view: ViewSettings.optional(),
  /** The last journal line this file holds: replay applies only the lines after it (absent: none). */
  journalSeq: z.number().int().nonnegative().optional(),
  /** Conflicting versions from transfer bundles, at most one per region, waiting for a decision. */
  incoming: z.array(IncomingRegion).optional(),
});
export type AnnotationShard = z.infer<typeof AnnotationShard>;
