import { withArchive, printJson, EXIT, type CommandContext } from '../context';

/**
 * Verifies the library. Plain `check` opens read-only: it looks, it never changes anything.
 * `check --repair` takes the library, rebuilds missing previews and thumbnails, then checks.
 */
export async function checkCommand(ctx: CommandContext, options: { repair: boolean }): Promise<number> {
  return withArchive(ctx, { readOnly: !options.repair }, async (call) => {
    const repair = options.repair ? await call('repairLibrary', {}) : undefined;
    const report = await call('checkLibrary', {});
    if (ctx.json) {
      printJson(ctx, { library: ctx.library, ...report, ...(repair ? { repair } : {}) });
    } else {
      if (repair) ctx.io.stdout(ctx.t('cli.check.repaired', { count: repair.previewsRebuilt }));
      for (const failure of repair?.failures ?? []) ctx.io.stdout(ctx.t('cli.check.repairFailed', { ...failure, page: failure.page + 1 }));
      for (const problem of report.problems) ctx.io.stdout(ctx.t('cli.check.problem', problem));
      const errors = report.problems.filter((p) => p.severity === 'error').length;
      ctx.io.stdout(
        report.sound
          ? ctx.t('cli.check.sound', { documents: report.documents, files: report.filesChecked, shards: report.shardsChecked })
          : ctx.t('cli.check.unsound', { errors, warnings: report.problems.length - errors }),
      );
    }
    return report.sound && (repair?.failures.length ?? 0) === 0 ? EXIT.ok : EXIT.failed;
  });
}
