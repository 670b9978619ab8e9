import { withArchive, printJson, EXIT, type CommandContext } from '../context';

export async function infoCommand(ctx: CommandContext): Promise<number> {
  return withArchive(ctx, { readOnly: true }, async (call) => {
    const info = await call('libraryInfo', {});
    const holder = info.lockedBy;
    if (ctx.json) {
      printJson(ctx, info);
      return EXIT.ok;
    }
    ctx.io.stdout(ctx.t('cli.info.location', { location: info.location }));
    ctx.io.stdout(ctx.t('cli.info.documents', { documents: info.documentCount, pages: info.pageCount }));
    const state = holder ? ctx.t('cli.info.readOnly', { pid: holder.pid, host: holder.host }) : ctx.t('cli.info.writable');
    ctx.io.stdout(ctx.t('cli.info.state', { state }));
    return EXIT.ok;
  });
}
