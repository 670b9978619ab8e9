import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ExportFormat, ExportedFile, TextScript } from '../../../shared/domain/exchange';
import { withArchive, printJson, EXIT, type CommandContext } from '../context';
import { withJob } from '../job-progress';

export interface ExportOptions {
  doc: string;
  format: ExportFormat;
  out: string;
  textScript?: TextScript;
  baseUri?: string;
}

const isFolder = async (path: string) => (await stat(path).catch(() => null))?.isDirectory() === true;

/** Written beside, then renamed: a file interrupted half-way never takes the name, and one that failed (a full disk) leaves nothing behind. */
async function writeWhole(path: string, content: string): Promise<void> {
  const partial = `${path}.partial`;
  try {
    await writeFile(partial, content);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Where the files go: one file to OUT (or into OUT when it is a folder); several (PAGE and ALTO
 * have a file per page) into the folder OUT, made if need be.
 */
async function targets(out: string, files: readonly ExportedFile[]): Promise<string[]> {
  const path = resolve(out);
  if (files.length === 1 && !(await isFolder(path))) {
    await mkdir(dirname(path), { recursive: true });
    return [path];
  }
  await mkdir(path, { recursive: true });
  return files.map((file) => join(path, file.name));
}

/** Exports one document, read-only on the library: the app may keep it open meanwhile. A long export counts its pages on stderr; Ctrl+C stops it before anything is written. */
export async function exportCommand(ctx: CommandContext, options: ExportOptions): Promise<number> {
  return withArchive(ctx, { readOnly: true }, async (call, archive) => {
    const { files } = await withJob(ctx, call, archive, { event: 'exportProgress', line: ({ done, total }) => ctx.t('cli.export.progress', { done, total }) }, (jobId) =>
      call('exportDocument', {
        docId: options.doc,
        format: options.format,
        jobId,
        ...(options.textScript === undefined ? {} : { textScript: options.textScript }),
        ...(options.baseUri === undefined ? {} : { baseUri: options.baseUri }),
      }),
    );
    const paths = await targets(options.out, files);
    for (const [i, file] of files.entries()) await writeWhole(paths[i] ?? '', file.content);
    if (ctx.json) printJson(ctx, { files: paths });
    else for (const path of paths) ctx.io.stdout(ctx.t('cli.export.wrote', { path }));
    return EXIT.ok;
  });
}
