import { resolve } from 'node:path';
import { withArchive, printJson, EXIT, type CommandContext } from '../context';
import { withJob } from '../job-progress';

export interface ImportOptions {
  password?: string;
  groupFolders: boolean;
}

/** Imports with progress on stderr; Ctrl+C cancels cleanly (the file in progress leaves nothing behind). */
export async function importCommand(ctx: CommandContext, paths: string[], options: ImportOptions): Promise<number> {
  return withArchive(ctx, {}, async (call, archive) => {
    const results = await withJob(
      ctx,
      call,
      archive,
      {
        event: 'importProgress',
        line: (progress) => {
          const where = { n: progress.fileIndex + 1, total: progress.fileCount, file: progress.file };
          if (progress.stage === 'started') return ctx.t('cli.import.progress', where);
          if (progress.stage !== 'page' || progress.page === undefined || progress.pageCount === undefined || progress.pageCount < 2) return undefined;
          return ctx.t('cli.import.page', { ...where, page: progress.page, pages: progress.pageCount });
        },
      },
      (jobId) =>
        call('importFiles', {
          paths: paths.map((p) => resolve(p)),
          grouping: options.groupFolders ? 'folder' : 'file',
          jobId,
          ...(options.password === undefined ? {} : { password: options.password }),
        }),
    );
    if (ctx.json) {
      printJson(ctx, { library: ctx.library, results });
    } else {
      for (const result of results) {
        ctx.io.stdout(
          result.ok
            ? ctx.t(result.duplicate ? 'cli.import.duplicate' : 'cli.import.imported', { path: result.path, id: result.docId })
            : ctx.t('cli.import.failed', { path: result.path, message: result.error.message }),
        );
      }
      const count = (test: (r: (typeof results)[number]) => boolean) => results.filter(test).length;
      ctx.io.stdout(
        ctx.t('cli.import.summary', {
          imported: count((r) => r.ok && !r.duplicate),
          duplicates: count((r) => r.ok && r.duplicate),
          failed: count((r) => !r.ok),
        }),
      );
    }
    return results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
  });
}
