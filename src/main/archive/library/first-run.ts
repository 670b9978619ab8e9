import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive } from '../archive';
import { installDemo } from './demo';

/** A folder without library.json will become a new library when it is opened. */
export const isNewLibrary = (root: string): boolean => !existsSync(join(root, 'library.json'));

/** A first start is never empty: a library created just now receives the demo archive. */
export async function welcomeNewLibrary(archive: Archive, wasNew: boolean, demoDir: string): Promise<void> {
  if (wasNew && !archive.store.readOnly) await installDemo(archive, demoDir);
}
