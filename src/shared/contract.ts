/**
 * The contract: every call the renderer, the CLI and scripts can make, with schemas for
 * arguments and results, and the events the service emits. Preload, IPC binding, HTTP binding,
 * browser client and CLI are all derived from this file; none of them lists the calls again.
 */
import { z } from 'zod';
import { ArchiveDocument, DocumentKind, SourceFormat } from './domain/document';
import { DocId } from './domain/ids';
import { Metadata } from './domain/metadata';
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
  readOnlyReason: z.enum(['locked', 'newer-schema', 'requested']).optional(),
  lockedBy: LockHolder.optional(),
  documentCount: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative(),
  /** Files restored from their backup when the library was opened. */
  recoveries: z.array(z.object({ file: z.string(), detail: z.string() })),
});
export type LibraryInfo = z.infer<typeof LibraryInfo>;

export const DocumentSummary = z.object({
  id: DocId,
  title: z.string(),
  kind: DocumentKind,
  metadata: Metadata,
  tags: z.array(z.string()),
  importedAt: z.string(),
  pages: z.array(z.object({ width: z.number().int(), height: z.number().int() })),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

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
});
export type PageAsset = z.infer<typeof PageAsset>;

export const CheckProblem = z.object({
  severity: z.enum(['error', 'warning']),
  kind: z.enum(['missing-file', 'size-mismatch', 'hash-mismatch', 'unreadable-shard', 'orphan-shard', 'stray-file', 'recovered']),
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

export const contract = {
  libraryInfo: defineCall({ args: NoArgs, result: LibraryInfo, effect: 'read' }),
  listDocuments: defineCall({ args: NoArgs, result: z.array(DocumentSummary), effect: 'read' }),
  getDocument: defineCall({ args: z.object({ id: DocId }).strict(), result: ArchiveDocument, effect: 'read' }),
  importFiles: defineCall({
    args: z.object({ paths: z.array(LocalPath).min(1).max(10_000) }).strict(),
    result: z.array(ImportResult),
    effect: 'write',
    localFiles: true,
  }),
  openPageAsset: defineCall({ args: PageRef.strict(), result: PageAsset, effect: 'read' }),
  checkLibrary: defineCall({ args: NoArgs, result: CheckReport, effect: 'read' }),
} as const;

export const events = {
  importProgress: z.object({
    fileIndex: z.number().int().nonnegative(),
    fileCount: z.number().int().positive(),
    file: z.string(),
    stage: z.enum(['started', 'done', 'failed']),
  }),
  libraryChanged: z.object({ docIds: z.array(DocId) }),
} as const;

export type Contract = typeof contract;
export type Events = typeof events;
export type CallName = keyof Contract;
export type EventName = keyof Events;
export type ArchiveService = ServiceOf<Contract>;
export type ArchiveClient = ClientOf<Contract>;
export const callNames = Object.keys(contract) as CallName[];
export const eventNames = Object.keys(events) as EventName[];
