import { basename } from 'node:path';
import type { ArchiveService } from '../../../shared/contract';
import type { ArchiveDocument } from '../../../shared/domain/document';
import { importBundle } from '../bundle/merge-bundle';
import { resolveIncoming } from '../bundle/resolve-conflict';
import { writeBundle } from '../bundle/write-bundle';
import { bundleUrl, newBundleDownload } from '../exchange/bundle-downloads';
import { findDocument } from '../library/documents';
import type { ImportContext } from '../library/import/import-files';
import { discardUpload, resolveUpload } from '../library/import/uploads';
import type { SealIndex } from '../library/seal-index';

export interface BundleCallsContext extends ImportContext {
  seals: SealIndex;
  appVersion: string;
}

type BundleCalls = Pick<ArchiveService, 'exportBundle' | 'importBundle' | 'resolveIncoming'>;

/** A bundle's file name: the one document's title, or how many, with the day (the name is only a suggestion to the reader). */
function bundleName(documents: readonly ArchiveDocument[], now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  const [only] = documents;
  const what = documents.length === 1 && only ? only.title : `${documents.length}-documents`;
  const safe = what.replace(/[/\\:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'documents';
  return `${safe} ${day}.muragat.zip`;
}

/** The calls that carry documents between libraries as one zip file, and settle what both sides edited. */
export function bundleCalls(ctx: BundleCallsContext): BundleCalls {
  const { store, events } = ctx;
  /** Seal regions a merge brought are occurrences the seals view lists. */
  const refreshSeals = async (docIds: Iterable<string>) => {
    for (const docId of docIds) ctx.seals.update(docId, (await store.readShard(docId)).regions);
  };
  return {
    exportBundle: async ({ docIds, outPath, jobId }) => {
      // Found (or refused as not found) before the bundle's name is made of their titles; writeBundle refuses trashed ones.
      const documents = docIds.map((id) => findDocument(store, id, { includeTrash: true }));
      return ctx.jobs.run(jobId, async (job) => {
        const target = outPath === undefined ? await newBundleDownload(store.layout, bundleName(documents)) : { path: outPath, token: undefined };
        const summary = await writeBundle(store, docIds, target.path, {
          appVersion: ctx.appVersion,
          signal: job.signal,
          onProgress: (done, total, what) => events.emit('bundleProgress', { jobId: job.jobId, direction: 'export', done, total, what }),
        });
        const name = basename(target.path);
        return { name, documents: summary.documents, files: summary.files, bytes: summary.bytes, ...(target.token === undefined ? { path: target.path } : { url: bundleUrl(target.token, name) }) };
      });
    },
    importBundle: ({ path, upload, jobId }) =>
      ctx.jobs.run(jobId, async (job) => {
        const uploaded = upload === undefined ? undefined : await resolveUpload(store.layout, upload);
        try {
          const report = await importBundle(ctx, uploaded?.path ?? path ?? '', {
            ...(uploaded ? { name: uploaded.name } : {}),
            signal: job.signal,
            onProgress: (done, total, what) => events.emit('bundleProgress', { jobId: job.jobId, direction: 'import', done, total, what }),
          });
          await refreshSeals([...report.added, ...report.merged].map((d) => d.docId));
          return report;
        } finally {
          if (upload !== undefined) await discardUpload(store.layout, upload);
        }
      }),
    resolveIncoming: async (request) => {
      const region = await resolveIncoming(ctx, request);
      await refreshSeals([request.docId]);
      return region;
    },
  };
}
