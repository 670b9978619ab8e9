import { join, resolve } from 'node:path';

/** `--library DIR` or `--library=DIR` on the command line, then $MURAGAT_LIBRARY, then <userData>/library. */
export function chooseLibraryDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  for (const [index, arg] of argv.entries()) {
    if (arg.startsWith('--library=')) return resolve(arg.slice('--library='.length));
    const next = argv[index + 1];
    if (arg === '--library' && next) return resolve(next);
  }
  if (env.MURAGAT_LIBRARY) return resolve(env.MURAGAT_LIBRARY);
  return join(userData, 'library');
}
