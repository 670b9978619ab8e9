import { installDemo } from '../../archive/library/demo';
import { demoDir } from '../../paths';
import { withArchive, printJson, EXIT, type CommandContext } from '../context';

export async function demoCommand(ctx: CommandContext): Promise<number> {
  return withArchive(ctx, {}, async (_call, archive) => {
    const docIds = await installDemo(archive, demoDir);
    if (ctx.json) printJson(ctx, { library: ctx.library, docIds });
    else ctx.io.stdout(ctx.t('cli.demo.installed', { library: ctx.library, count: docIds.length }));
    return EXIT.ok;
  });
}
