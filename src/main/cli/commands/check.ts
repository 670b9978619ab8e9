import { withArchive, printJson, EXIT, type CommandContext } from '../context';

/** Opens read-only: a check looks, it never repairs behind the archivist's back. */
export async function checkCommand(ctx: CommandContext): Promise<number> {
  return withArchive(ctx, { readOnly: true }, async (call) => {
    const report = await call('checkLibrary', {});
    if (ctx.json) {
      printJson(ctx, { library: ctx.library, ...report });
    } else {
      for (const problem of report.problems) ctx.io.stdout(ctx.t('cli.check.problem', problem));
      const errors = report.problems.filter((p) => p.severity === 'error').length;
      ctx.io.stdout(
        report.sound
          ? ctx.t('cli.check.sound', { documents: report.documents, files: report.filesChecked, shards: report.shardsChecked })
          : ctx.t('cli.check.unsound', { errors, warnings: report.problems.length - errors }),
      );
    }
    return report.sound ? EXIT.ok : EXIT.failed;
  });
}
