import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { MuragatError } from '../../../shared/rpc/errors';
import { withArchive, printJson, EXIT, type CommandContext } from '../context';

export interface ImportAnnotationsOptions {
  doc: string;
  /** 1-based, as the viewer numbers pages. */
  page?: number;
  author?: string;
}

/** The same cap the contract puts on a file's text. */
const MAX_BYTES = 8_000_000;

/** Reads a PAGE, ALTO or W3C file onto a document and prints what was taken and what was not, and why. */
export async function importAnnotationsCommand(ctx: CommandContext, file: string, options: ImportAnnotationsOptions): Promise<number> {
  const path = resolve(file);
  if ((await stat(path)).size > MAX_BYTES) throw new MuragatError('too-large', `${path} is larger than 8 MB.`);
  const content = await readFile(path, 'utf8');
  return withArchive(ctx, {}, async (call) => {
    const report = await call('importAnnotations', {
      docId: options.doc,
      fileName: basename(path),
      content,
      author: options.author ?? userInfo().username,
      ...(options.page === undefined ? {} : { page: options.page - 1 }),
    });
    if (ctx.json) {
      printJson(ctx, report);
      return EXIT.ok;
    }
    for (const page of report.pages) {
      ctx.io.stdout(ctx.t('cli.importAnnotations.pageReport', { page: page.page + 1, added: page.added.length, already: page.alreadyThere, format: report.format }));
      for (const note of page.notes) ctx.io.stdout(`  ${note.text}`);
      for (const skip of page.skipped) ctx.io.stdout(ctx.t('cli.importAnnotations.skipped', { what: skip.what, why: skip.why }));
    }
    return EXIT.ok;
  });
}
