import { randomBytes } from 'node:crypto';
import { rm, unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { Events, ImportRequest, ImportResult } from '../../../../shared/contract';
import type { ArchiveDocument, Page, SourceFile } from '../../../../shared/domain/document';
import { MuragatError } from '../../../../shared/rpc/errors';
import type { ArchiveEvents } from '../../events';
import { detectFormat } from '../../formats/detect-format';
import type { LibraryStore } from '../../store/library-store';
import type { SerialQueue } from '../../store/serial-queue';
import { toMuragatError } from '../../to-muragat-error';
import type { Jobs } from '../../jobs';
import { commitStagedFile, discardStagedFile, stageFile, type StagedFile } from './managed-files';
import { planUnits, type ImportUnit } from './plan-units';
import type { SourcePreparer } from './source-preparer';
import { discardUpload } from './uploads';

const newDocumentId = (): string => randomBytes(8).toString('hex');

export interface ImportContext {
  store: LibraryStore;
  events: ArchiveEvents;
  preparer: SourcePreparer;
  jobs: Jobs;
  /** Imports run one after another: two imports of the same new file must not race to clean up. */
  queue: SerialQueue;
}

/** What every progress event of one file carries; the stage and page are added per event. */
type Progress = Omit<z.input<Events['importProgress']>, 'stage' | 'page' | 'pageCount'>;

/**
 * Imports files as documents. Every document gets its own result: one bad file never stops the
 * batch, and a failed or cancelled document leaves nothing behind (no catalog entry, no managed
 * file, no preview that nothing else uses).
 */
export async function importFiles(ctx: ImportContext, request: z.output<typeof ImportRequest>): Promise<ImportResult[]> {
  if (ctx.store.readOnly) throw new MuragatError('read-only', 'This library is open read-only; nothing was imported.');
  return ctx.jobs.run(request.jobId, (job) => ctx.queue.run('import', () => runJob(ctx, request, job)));
}

async function runJob(
  ctx: ImportContext,
  request: z.output<typeof ImportRequest>,
  job: { jobId: string; signal: AbortSignal },
): Promise<ImportResult[]> {
  const units = await planUnits(ctx.store.layout, request);
  const results: ImportResult[] = [];
  for (const [fileIndex, unit] of units.entries()) {
    const progress: Progress = { jobId: job.jobId, fileIndex, fileCount: units.length, file: basename(unit.label) };
    ctx.events.emit('importProgress', { ...progress, stage: 'started' });
    try {
      if (job.signal.aborted) throw new MuragatError('cancelled', 'the import was cancelled');
      const { docId, duplicate } = await importUnit(ctx, unit, request.password, job.signal, progress);
      results.push({ ok: true, path: unit.label, docId, duplicate });
      ctx.events.emit('importProgress', { ...progress, stage: 'done' });
      if (!duplicate) ctx.events.emit('libraryChanged', { docIds: [docId] });
      for (const upload of unit.uploads) await discardUpload(ctx.store.layout, upload);
    } catch (error) {
      const failure = toMuragatError(error);
      results.push({ ok: false, path: unit.label, error: failure.toPayload() });
      ctx.events.emit('importProgress', { ...progress, stage: failure.code === 'cancelled' ? 'cancelled' : 'failed' });
    }
  }
  return results;
}

async function importUnit(
  ctx: ImportContext,
  unit: ImportUnit,
  password: string | undefined,
  signal: AbortSignal,
  progress: Progress,
): Promise<{ docId: string; duplicate: boolean }> {
  const { store } = ctx;
  const staged: (StagedFile & { format: SourceFile['format']; name: string })[] = [];
  /** Files new to the library, by hash: on failure, their managed copies and previews go again. */
  const newFiles = new Map<string, SourceFile['format']>();
  try {
    for (const file of unit.files) {
      const format = await detectFormat(file.path);
      if (!format) throw new MuragatError('unsupported-format', `${file.name}: not a PDF, JPEG, PNG, WebP or TIFF file`);
      staged.push({ ...(await stageFile(store.layout, file.path)), format, name: file.name });
    }
    const twin = findTwin(store.catalog().documents, staged.map((s) => s.sha256));
    if (twin) return { docId: twin.id, duplicate: true };

    const sources: SourceFile[] = [];
    const pages: Page[] = [];
    for (const file of staged) {
      if (!isKnown(store, file.sha256)) newFiles.set(file.sha256, file.format);
      const prepared = await ctx.preparer.prepare(
        { path: file.path, format: file.format, sha256: file.sha256, libraryRoot: store.layout.root, ...(password === undefined ? {} : { password }) },
        (page, pageCount) => ctx.events.emit('importProgress', { ...progress, stage: 'page', page, pageCount }),
        signal,
      );
      const source = sources.length;
      sources.push({
        sha256: file.sha256,
        format: file.format,
        originalName: file.name,
        size: file.size,
        pageCount: prepared.pages.length,
        ...(prepared.passwordNeeded && password !== undefined ? { password } : {}),
      });
      pages.push(...prepared.pages.map((grid, index) => ({ source, sourcePage: index + 1, ...grid })));
    }
    if (signal.aborted) throw new MuragatError('cancelled', 'the import was cancelled');
    for (const file of staged) await commitStagedFile(store.layout, file, file.format);
    const document = newDocument(unit.title, sources, pages);
    await store.updateCatalog((catalog) => {
      catalog.documents.push(document);
    });
    newFiles.clear();
    return { docId: document.id, duplicate: false };
  } finally {
    for (const file of staged) await discardStagedFile(file);
    for (const [sha, format] of newFiles) {
      await unlink(store.layout.managedFile(sha, format)).catch(() => undefined);
      await rm(store.layout.pageCacheDir(sha), { recursive: true, force: true });
    }
  }
}

const isKnown = (store: LibraryStore, sha256: string) => store.catalog().documents.some((d) => d.sources.some((s) => s.sha256 === sha256));

/** The document already made of exactly these files (one file: any document that has it). */
function findTwin(documents: readonly ArchiveDocument[], shas: readonly string[]): ArchiveDocument | undefined {
  if (shas.length === 1) return documents.find((doc) => doc.sources.some((s) => s.sha256 === shas[0]));
  const wanted = [...shas].sort().join();
  return documents.find((doc) => doc.sources.map((s) => s.sha256).sort().join() === wanted);
}

function newDocument(title: string, sources: SourceFile[], pages: Page[]): ArchiveDocument {
  const now = new Date().toISOString();
  return {
    id: newDocumentId(),
    kind: 'document',
    title,
    sources,
    pages,
    metadata: {},
    collections: [],
    tags: [],
    importedAt: now,
    updatedAt: now,
  };
}
