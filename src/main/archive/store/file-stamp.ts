import { stat } from 'node:fs/promises';

/**
 * Where a file is on disk and how big and how recent it is, '-' when there is none. The store
 * replaces a file by renaming a new one over it (another inode) and writes journal lines into
 * zeros already there (another modification time), so any write changes the stamp; reading a
 * stamp costs a stat, not the file. A machine that crashes may lose a modification time whose
 * write it kept (fdatasync need not save times): see LibraryStore.afterCrash.
 */
export async function fileStamp(path: string): Promise<string> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.ino}.${info.size}.${info.mtimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '-';
    throw error;
  }
}
