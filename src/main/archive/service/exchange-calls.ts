import type { ArchiveService } from '../../../shared/contract';
import type { ArchiveEvents } from '../events';
import type { Jobs } from '../jobs';
import { exportDocument } from '../exchange/export-document';
import { importAnnotations } from '../exchange/import-annotations';
import type { SealIndex } from '../library/seal-index';
import type { LibraryStore } from '../store/library-store';

export interface ExchangeContext {
  store: LibraryStore;
  events: ArchiveEvents;
  seals: SealIndex;
  jobs: Jobs;
  appVersion: string;
}

type ExchangeCalls = Pick<ArchiveService, 'exportDocument' | 'importAnnotations'>;

/** The calls that move annotations in and out of the library in other tools' formats. */
export function exchangeCalls(ctx: ExchangeContext): ExchangeCalls {
  const { store, events } = ctx;
  return {
    exportDocument: (request) =>
      ctx.jobs.run(request.jobId, async ({ jobId, signal }) => ({
        files: await exportDocument(store, request, ctx.appVersion, {
          signal,
          onProgress: ({ done, total }) => events.emit('exportProgress', { jobId, docId: request.docId, done, total }),
        }),
      })),
    importAnnotations: async (request) => {
      const { report, regionIds } = await importAnnotations(store, request);
      if (regionIds.length > 0) {
        ctx.seals.update(request.docId, (await store.readShard(request.docId)).regions);
        events.emit('annotationsChanged', { docId: request.docId, regionIds });
      }
      return report;
    },
  };
}
