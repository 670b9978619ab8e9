import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared/corpus beside the repository: real scans and schemas. CI always has it. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');

/** The path of a corpus file, or a clear failure naming what is missing and why it is needed. */
export function corpusFile(relativePath: string): string {
  const path = join(CORPUS_DIR, relativePath);
  if (!existsSync(path)) {
    throw new Error(
      `This test needs the shared test corpus, and ${path} is missing. ` +
        'Clone the project with ../shared beside it (CI always has it); see ../shared/corpus/README.md.',
    );
  }
  return path;
}
