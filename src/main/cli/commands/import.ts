import { resolve } from 'node:path';
import { withArchive, printJson, EXIT, type CommandContext } from '../context';

export async function importCommand(ctx: CommandContext, paths: string[]): Promise<number> {
  return withArchive(ctx, {}, async (call, archive) => {
    const unsubscribe = archive.events.subscribe((name, payload) => {
      if (name === 'importProgress' && 'stage' in payload && payload.stage === 'started') {
        ctx.io.stderr(ctx.t('cli.import.progress', { n: payload.fileIndex + 1, total: payload.fileCount, file: payload.file }));
      }
    });
    const results = await call('importFiles', { paths: paths.map((p) => resolve(p)) }).finally(unsubscribe);
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
