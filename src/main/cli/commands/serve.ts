import { startHttpServer } from '../../server/http-server';
import { isNewLibrary, welcomeNewLibrary } from '../../archive/library/first-run';
import { demoDir, rendererDir } from '../../paths';
import { withArchive, printJson, EXIT, type CommandContext } from '../context';

export interface ServeOptions {
  port: number;
  readOnly: boolean;
}

/**
 * Serves until SIGINT or SIGTERM, then closes the library cleanly (lock released). A new library
 * starts with the demo archive, as in the desktop app.
 */
export async function serveCommand(ctx: CommandContext, options: ServeOptions): Promise<number> {
  const wasNew = isNewLibrary(ctx.library);
  return withArchive(ctx, { readOnly: options.readOnly }, async (_call, archive) => {
    await welcomeNewLibrary(archive, wasNew, demoDir);
    const server = await startHttpServer({ archive, rendererDir, port: options.port, readOnly: options.readOnly || archive.store.readOnly });
    if (ctx.json) printJson(ctx, { url: server.url, library: ctx.library, readOnly: archive.store.readOnly });
    else {
      ctx.io.stdout(ctx.t('cli.serve.listening', { library: ctx.library, url: server.url }));
      ctx.io.stderr(ctx.t('cli.serve.stop'));
    }
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return EXIT.ok;
  });
}
