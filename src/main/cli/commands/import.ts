import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { withArchive, printJson, EXIT, type CommandContext } from '../context';

export interface ImportOptions {
  password?: string;
  groupFolders: boolean;
}

/** Imports with progress on stderr; Ctrl+C cancels cleanly (the file in progress leaves nothing behind). */
export async function importCommand(ctx: CommandContext, paths: string[], options: ImportOptions): Promise<number> {
  return withArchive(ctx, {}, async (call, archive) => {
    const jobId = randomUUID();
    const unsubscribe = archive.events.subscribe((name, payload) => {
      if (name !== 'importProgress' || !('stage' in payload)) return;
      const where = { n: payload.fileIndex + 1, total: payload.fileCount, file: payload.file };
      if (payload.stage === 'started') ctx.io.stderr(ctx.t('cli.import.progress', where));
      else if (payload.stage === 'page' && payload.page !== undefined && payload.pageCount !== undefined && payload.pageCount > 1) {
        ctx.io.stderr(ctx.t('cli.import.page', { ...where, page: payload.page, pages: payload.pageCount }));
      }
    });
    const cancel = () => {
      ctx.io.stderr(ctx.t('cli.import.cancelling'));
      void call('cancelJob', { jobId });
    };
    process.once('SIGINT', cancel);
    const results = await call('importFiles', {
      paths: paths.map((p) => resolve(p)),
      grouping: options.groupFolders ? 'folder' : 'file',
      jobId,
      ...(options.password === undefined ? {} : { password: options.password }),
    }).finally(() => {
      unsubscribe();
      process.removeListener('SIGINT', cancel);
    });
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
