/**
 * The contract: every call the renderer, the CLI and scripts can make, with schemas for
 * arguments and results, and the events the service emits. Preload, IPC binding, HTTP binding,
 * browser client and CLI are all derived from this file; none of them lists the calls again.
 */
import { z } from 'zod';
import { BundleImportReport, IncomingConflict } from './domain/bundle-report';
import { AnnotationImportReport, BaseUri, ExportFormat, ExportedFile, TextScript } from './domain/exchange';
import { EntityType, Region, RegionComment, RegionContent, RegionKind, RegionRevision, RegionStatus, Tag } from './domain/annotations';
import { Collection, Seal, SealFields } from './domain/catalog';
import { ArchiveDocument, DocumentKind, PageGrid, SourceFormat } from './domain/document';
import { CollectionId, DocId, RegionId, SealId } from './domain/ids';
import { Metadata } from './domain/metadata';
import { ViewSettings } from './domain/view';
import { ErrorPayload } from './rpc/errors';
import { defineCall, type ClientOf, type ServiceOf } from './rpc/define';

const NoArgs = z.object({}).strict();

/** A file on the service's own disk: absolute, normalised, no NUL. */
export const LocalPath = z
  .string()
  .min(1)
  .max(4096, 'path is too long')
  .refine((p) => !p.includes('\0'), 'path must not contain NUL')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'path must be absolute')
  .refine((p) => !p.split(/[\\/]/).includes('..'), 'path must not contain ".." segments');

export const LockHolder = z.object({
  pid: z.number().int(),
  host: z.string(),
  since: z.string(),
});

export const LibraryInfo = z.object({
  libraryId: z.string(),
  location: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  readOnly: z.boolean(),
  readOnlyReason: z.enum(['locked', 'requested']).optional(),
  lockedBy: LockHolder.optional(),
  documentCount: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative(),
  trashCount: z.number().int().nonnegative(),
  /** Files restored from their backup when the library was opened. */
  recoveries: z.array(z.object({ file: z.string(), detail: z.string() })),
});
export type LibraryInfo = z.infer<typeof LibraryInfo>;

/** What the library view needs of a document: enough to sort, filter and show it. */
export const DocumentSummary = z.object({
  id: DocId,
  title: z.string(),
  kind: DocumentKind,
  metadata: Metadata,
  tags: z.array(z.string()),
  collections: z.array(CollectionId),
  importedAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().optional(),
  pages: z.array(z.object({ width: z.number().int(), height: z.number().int() })),
  /** The first page's thumbnail, a URL of the app's own origin. */
  thumbnailUrl: z.string().startsWith('/'),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A file sent to the server by a browser (browser mode), staged until it is imported. */
export const UploadId = z.string().regex(/^up-[a-f0-9]{16}$/, 'must be an upload id from /api/upload');

/** Names a running import so its progress can be followed and it can be cancelled. */
export const JobId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be 8–64 letters, digits or dashes');

export const ImportRequest = z
  .object({
    paths: z.array(LocalPath).max(10_000).default([]),
    uploads: z.array(UploadId).max(10_000).default([]),
    /** 'file': each file is a document. 'folder': the images of each folder become one document, pages in natural order. */
    grouping: z.enum(['file', 'folder']).default('file'),
    /** Tried on encrypted PDFs in this batch. */
    password: z.string().max(1000).optional(),
    /** The title of the document when uploads are grouped into one (a browser's folder has no path to name it). */
    title: z.string().trim().min(1).max(1000).optional(),
    jobId: JobId.optional(),
  })
  .strict()
  .refine((r) => r.paths.length + r.uploads.length > 0, 'name at least one file, folder or upload');

export const ImportResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), path: z.string(), docId: DocId, duplicate: z.boolean() }),
  z.object({ ok: z.literal(false), path: z.string(), error: ErrorPayload }),
]);
export type ImportResult = z.infer<typeof ImportResult>;

export const PageRef = z.object({
  docId: DocId,
  page: z.number().int().nonnegative().max(100_000),
});

/** Where the renderer fetches a page from: a URL of the app's own origin, never a file path. */
export const PageAsset = z.object({
  docId: DocId,
  page: z.number().int().nonnegative(),
  format: SourceFormat,
  url: z.string().startsWith('/'),
  /** 1-based page within the source (PDF page number). */
  sourcePage: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  grid: PageGrid,
  /** A downscaled copy made at import, shown at once while the page itself loads; absent until made. */
  previewUrl: z.string().startsWith('/').optional(),
  thumbnailUrl: z.string().startsWith('/').optional(),
  /** The page's scan as an image the browser decodes (a PDF's embedded JPEG as it is, a TIFF page converted). */
  imageUrl: z.string().startsWith('/').optional(),
  /** The password pdf.js needs for an encrypted PDF. */
  password: z.string().optional(),
  /** A PDF page that shows only its scan: the preview is the page, sharp wherever the screen needs no more of its pixels. */
  scanOnly: z.literal(true).optional(),
});
export type PageAsset = z.infer<typeof PageAsset>;

export const CheckProblem = z.object({
  severity: z.enum(['error', 'warning']),
  kind: z.enum(['missing-file', 'size-mismatch', 'hash-mismatch', 'unreadable-shard', 'orphan-shard', 'stray-file', 'missing-preview', 'recovered']),
  docId: DocId.optional(),
  /** Relative to the library folder. */
  file: z.string(),
  message: z.string(),
});
export type CheckProblem = z.infer<typeof CheckProblem>;

export const CheckReport = z.object({
  sound: z.boolean(),
  documents: z.number().int().nonnegative(),
  filesChecked: z.number().int().nonnegative(),
  shardsChecked: z.number().int().nonnegative(),
  problems: z.array(CheckProblem),
});
export type CheckReport = z.infer<typeof CheckReport>;

export const DocumentChanges = z
  .object({
    title: z.string().trim().min(1, 'a title is needed').max(1000),
    kind: DocumentKind,
    metadata: Metadata,
    tags: z.array(z.string().trim().min(1).max(100)).max(200),
    collections: z.array(CollectionId).max(200),
  })
  .partial()
  .strict();

export const BatchEdit = z
  .object({
    ids: z.array(DocId).min(1).max(100_000),
    addTags: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    removeTags: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    addCollections: z.array(CollectionId).max(50).default([]),
    removeCollections: z.array(CollectionId).max(50).default([]),
    kind: DocumentKind.optional(),
  })
  .strict();

export const DocIds = z.object({ ids: z.array(DocId).min(1).max(100_000) }).strict();
export const Count = z.object({ count: z.number().int().nonnegative() });

export const SealOccurrence = z.object({
  docId: DocId,
  title: z.string(),
  page: z.number().int().nonnegative(),
  regionId: RegionId,
  thumbnailUrl: z.string().startsWith('/'),
  /** The page's preview, to show the impression cut out of it. */
  previewUrl: z.string().startsWith('/'),
  /** The impression's box and its page's size, in the page's grid pixels. */
  bounds: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
  pageSize: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
});

export const SealSummary = Seal.extend({
  occurrenceCount: z.number().int().nonnegative(),
  /** The reference image's thumbnail, when the seal has one. */
  imageUrl: z.string().startsWith('/').optional(),
});
export type SealSummary = z.infer<typeof SealSummary>;

export const SealDetail = SealSummary.extend({ occurrences: z.array(SealOccurrence) });
export type SealDetail = z.infer<typeof SealDetail>;

export const RepairReport = z.object({
  previewsRebuilt: z.number().int().nonnegative(),
  failures: z.array(z.object({ docId: DocId, page: z.number().int(), message: z.string() })),
});

/** Who made a change, as named in the client's settings; recorded with every revision and comment. */
export const Author = z.string().trim().max(200);

/** One change in a save: a region as the writer left it, or its removal; `baseRevision` is the revision the writer edited (0 for a new region). */
export const RegionChange = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), id: RegionId, baseRevision: z.number().int().nonnegative(), content: RegionContent }).strict(),
  z.object({ op: z.literal('delete'), id: RegionId, baseRevision: z.number().int().positive() }).strict(),
]);
export type RegionChange = z.infer<typeof RegionChange>;
export type RegionChangeInput = z.input<typeof RegionChange>;

export const SaveRegionsRequest = z
  .object({
    docId: DocId,
    author: Author,
    changes: z.array(RegionChange).min(1).max(10_000),
  })
  .strict()
  .refine((r) => new Set(r.changes.map((c) => c.id)).size === r.changes.length, 'each region may change once in a save');

/** A change refused because the region moved on since the writer read it: `current` is what is stored now (null: deleted). */
export const RegionConflict = z.object({ id: RegionId, baseRevision: z.number().int().nonnegative(), current: Region.nullable() });
export type RegionConflict = z.infer<typeof RegionConflict>;

/** A save is all or nothing: either every change is stored, or none and the conflicts say why. */
export const SaveRegionsResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), saved: z.array(Region), deleted: z.array(RegionId) }),
  z.object({ ok: z.literal(false), conflicts: z.array(RegionConflict).min(1) }),
]);
export type SaveRegionsResult = z.infer<typeof SaveRegionsResult>;

/** A document's regions in reading order, and the versions of them a transfer bundle brought that wait for a decision. */
export const Annotations = z.object({ docId: DocId, regions: z.array(Region), incoming: z.array(IncomingConflict).default([]) });
export type Annotations = z.infer<typeof Annotations>;

/** What a search may be narrowed to; document-level filters (publication, years, kind) leave hits of other documents out. */
export const SearchFilters = z
  .object({
    /** As the metadata writes it; case and script-variant letters do not matter. */
    publication: z.string().trim().min(1).max(500).optional(),
    /** By the year of the document's ISO date: documents without one are left out. */
    yearFrom: z.number().int().min(0).max(9999).optional(),
    yearTo: z.number().int().min(0).max(9999).optional(),
    /** The document's kind. */
    kind: DocumentKind.optional(),
    /** The region's kind: leaves out hits outside regions. */
    regionKind: RegionKind.optional(),
    /** The region's status: leaves out hits outside regions. */
    status: RegionStatus.optional(),
    /** A tag of the region or of its document. */
    tag: Tag.optional(),
    /** A region naming an entity of this type: leaves out hits outside regions. */
    entityType: EntityType.optional(),
  })
  .strict()
  .refine((f) => f.yearFrom === undefined || f.yearTo === undefined || f.yearFrom <= f.yearTo, { message: 'yearFrom is after yearTo', path: ['yearFrom'] });

export const SearchQuery = z
  .object({
    /** Words in any of the three scripts; an empty query finds nothing. Only the first 50 words count. */
    query: z.string().max(10_000, 'a query is at most 10,000 characters'),
    /** Search within one document only. */
    docId: DocId.optional(),
    /**
     * Letters match whatever diacritics they carry (ә а, ғ г, қ к, ң н, ө о, ұ ү у, і и): казак and
     * kazak find қазақ, as typed without a Kazakh keyboard. A query that finds nothing as typed is
     * tried so anyway.
     */
    ignoreDiacritics: z.boolean().default(false),
    filters: SearchFilters.default({}),
    limit: z.number().int().positive().max(1000).default(200),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuery>;

/** Where a hit was found: a region's text, comments, entities or tags, a document's description, or a PDF page's text layer. */
export const SearchField = z.enum(['text', 'comments', 'entities', 'tags', 'metadata', 'pdf-text']);
export type SearchField = z.infer<typeof SearchField>;

export const SearchHit = z.object({
  docId: DocId,
  /** 0-based page index; a hit in the document's description is on page 0. */
  page: z.number().int().nonnegative(),
  /** Present when the hit is in a region. */
  regionId: RegionId.optional(),
  field: SearchField,
  /** About 120 characters of plain text around the first matching word. */
  snippet: z.string(),
  /** The matching words in the snippet, as UTF-16 offsets into it, end exclusive. */
  highlights: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })),
  /** Higher ranks first: 1 for the best hit, 1/n for the n-th. */
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** Hits grouped by document, best first; `total` counts every hit found, `groups` hold at most `limit` of them. */
export const SearchResult = z.object({
  total: z.number().int().nonnegative(),
  groups: z.array(z.object({ docId: DocId, title: z.string(), hits: z.array(SearchHit) })),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const ExportRequest = z
  .object({
    docId: DocId,
    format: ExportFormat,
    /** Plain text only: the script the transcriptions are written in. */
    textScript: TextScript.default('as-typed'),
    /** IIIF and W3C: where the exported ids live; by default an address under .invalid that names this library. */
    baseUri: BaseUri.optional(),
    /** Names the export for its progress events and for cancelJob. */
    jobId: JobId.optional(),
  })
  .strict();

export const AnnotationImportRequest = z
  .object({
    docId: DocId,
    /** The page (0-based) a PAGE or ALTO file describes; by default the page whose image name or size matches. */
    page: z.number().int().nonnegative().max(100_000).optional(),
    fileName: z.string().max(1000),
    /** The file's text: PAGE XML, ALTO or W3C Web Annotation JSON. */
    content: z.string().min(1, 'the file is empty').max(8_000_000, 'the file is larger than 8 MB'),
    author: Author,
  })
  .strict();

export const BundleExportRequest = z
  .object({
    docIds: z.array(DocId).min(1, 'choose at least one document').max(10_000),
    /** Where to write the bundle on the service's own disk; without it the bundle is offered for download. */
    outPath: LocalPath.optional(),
    jobId: JobId.optional(),
  })
  .strict();

/** What a bundle holds and where it is: a download URL of the app's own origin, or the path asked for. */
export const BundleExportResult = z.object({
  name: z.string(),
  documents: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  url: z.string().startsWith('/').optional(),
  path: z.string().optional(),
});

export const BundleImportRequest = z
  .object({
    /** A bundle on the service's own disk. */
    path: LocalPath.optional(),
    /** A bundle a browser sent to /api/upload. */
    upload: UploadId.optional(),
    jobId: JobId.optional(),
  })
  .strict()
  .refine((r) => (r.path === undefined) !== (r.upload === undefined), 'name the bundle by a path or by an upload, one of the two');

export const ResolveIncomingRequest = z
  .object({
    docId: DocId,
    regionId: RegionId,
    /** 'theirs' saves the bundle's version as a new revision of ours; 'ours' sets theirs aside. */
    keep: z.enum(['ours', 'theirs']),
    author: Author,
  })
  .strict();

export const contract = {
  libraryInfo: defineCall({ args: NoArgs, result: LibraryInfo, effect: 'read' }),
  listDocuments: defineCall({ args: NoArgs, result: z.array(DocumentSummary), effect: 'read' }),
  getDocument: defineCall({ args: z.object({ id: DocId }).strict(), result: ArchiveDocument, effect: 'read' }),
  importFiles: defineCall({ args: ImportRequest, result: z.array(ImportResult), effect: 'write', localFiles: (request) => request.paths.length > 0 }),
  cancelJob: defineCall({ args: z.object({ jobId: JobId }).strict(), result: z.object({ cancelled: z.boolean() }), effect: 'write' }),
  openPageAsset: defineCall({ args: PageRef.strict(), result: PageAsset, effect: 'read' }),
  checkLibrary: defineCall({ args: NoArgs, result: CheckReport, effect: 'read' }),
  repairLibrary: defineCall({ args: NoArgs, result: RepairReport, effect: 'write' }),

  updateDocument: defineCall({ args: z.object({ id: DocId, changes: DocumentChanges }).strict(), result: ArchiveDocument, effect: 'write' }),
  batchEditDocuments: defineCall({ args: BatchEdit, result: Count, effect: 'write' }),
  trashDocuments: defineCall({ args: DocIds, result: Count, effect: 'write' }),
  restoreDocuments: defineCall({ args: DocIds, result: Count, effect: 'write' }),
  listTrash: defineCall({ args: NoArgs, result: z.array(DocumentSummary), effect: 'read' }),
  emptyTrash: defineCall({ args: NoArgs, result: Count, effect: 'write' }),

  listCollections: defineCall({ args: NoArgs, result: z.array(Collection), effect: 'read' }),
  createCollection: defineCall({ args: Collection.omit({ id: true }).strict(), result: Collection, effect: 'write' }),
  updateCollection: defineCall({
    // parent: null moves the collection to the top level (JSON has no undefined to say so).
    args: z.object({ id: CollectionId, name: Collection.shape.name.optional(), parent: CollectionId.nullable().optional() }).strict(),
    result: Collection,
    effect: 'write',
  }),
  deleteCollection: defineCall({ args: z.object({ id: CollectionId }).strict(), result: Count, effect: 'write' }),

  listSeals: defineCall({ args: NoArgs, result: z.array(SealSummary), effect: 'read' }),
  getSeal: defineCall({ args: z.object({ id: SealId }).strict(), result: SealDetail, effect: 'read' }),
  createSeal: defineCall({ args: z.object({ fields: SealFields.strict() }).strict(), result: Seal, effect: 'write' }),
  updateSeal: defineCall({ args: z.object({ id: SealId, fields: SealFields.strict() }).strict(), result: Seal, effect: 'write' }),
  deleteSeal: defineCall({ args: z.object({ id: SealId }).strict(), result: Count, effect: 'write' }),

  getViewSettings: defineCall({ args: z.object({ docId: DocId }).strict(), result: ViewSettings, effect: 'read' }),
  setViewSettings: defineCall({ args: z.object({ docId: DocId, view: ViewSettings }).strict(), result: ViewSettings, effect: 'write' }),

  getAnnotations: defineCall({ args: z.object({ docId: DocId }).strict(), result: Annotations, effect: 'read' }),
  saveRegions: defineCall({ args: SaveRegionsRequest, result: SaveRegionsResult, effect: 'write' }),
  addComment: defineCall({
    args: z.object({ docId: DocId, regionId: RegionId, author: Author, text: RegionComment.shape.text }).strict(),
    result: Region,
    effect: 'write',
  }),
  getRegionHistory: defineCall({ args: z.object({ docId: DocId, regionId: RegionId }).strict(), result: z.array(RegionRevision), effect: 'read' }),

  search: defineCall({ args: SearchQuery, result: SearchResult, effect: 'read' }),

  exportDocument: defineCall({ args: ExportRequest, result: z.object({ files: z.array(ExportedFile) }), effect: 'read' }),
  importAnnotations: defineCall({ args: AnnotationImportRequest, result: AnnotationImportReport, effect: 'write' }),
  // A bundle for download is written into the library's cache: a read-only library offers none.
  exportBundle: defineCall({ args: BundleExportRequest, result: BundleExportResult, effect: 'write', localFiles: (request) => request.outPath !== undefined }),
  importBundle: defineCall({ args: BundleImportRequest, result: BundleImportReport, effect: 'write', localFiles: (request) => request.path !== undefined }),
  resolveIncoming: defineCall({ args: ResolveIncomingRequest, result: Region.nullable(), effect: 'write' }),
} as const;

export const events = {
  importProgress: z.object({
    jobId: JobId,
    fileIndex: z.number().int().nonnegative(),
    fileCount: z.number().int().positive(),
    file: z.string(),
    stage: z.enum(['started', 'page', 'done', 'failed', 'cancelled']),
    /** During 'page': the page just prepared (1-based) of how many in this file. */
    page: z.number().int().positive().optional(),
    pageCount: z.number().int().positive().optional(),
  }),
  /** A transfer bundle being written or read: `done` of `total` steps (documents' files, then documents). */
  bundleProgress: z.object({
    jobId: JobId,
    direction: z.enum(['export', 'import']),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    what: z.string(),
  }),
  /** A long export of one document: `done` of `total` pages written (none for an export that takes a moment). */
  exportProgress: z.object({
    jobId: JobId,
    docId: DocId,
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  libraryChanged: z.object({ docIds: z.array(DocId) }),
  /** A document's regions were saved: other clients showing it merge them (not a library change: the list stays). */
  annotationsChanged: z.object({ docId: DocId, regionIds: z.array(RegionId) }),
} as const;

export type Contract = typeof contract;
export type Events = typeof events;
export type CallName = keyof Contract;
export type EventName = keyof Events;
/** The events that tell how far a long task has come, each naming its job (the `jobId` of its call). */
export type JobProgressEvent = 'importProgress' | 'bundleProgress' | 'exportProgress';
export type ArchiveService = ServiceOf<Contract>;
export type ArchiveClient = ClientOf<Contract>;
export const callNames = Object.keys(contract) as CallName[];
export const eventNames = Object.keys(events) as EventName[];
