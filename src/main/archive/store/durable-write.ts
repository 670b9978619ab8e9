import { randomBytes } from 'node:crypto';
import { copyFile, link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const isWindows = process.platform === 'win32';

export const backupPathOf = (file: string): string => `${file}.bak`;

/**
 * Replaces `file` so that after a crash at any instant either the old or the new content is
 * there in full: temp file → fsync → rename → fsync the folder. The previous content stays
 * beside it as `<file>.bak`. steno (lowdb's writer) never fsyncs, hence this.
 */
export async function writeFileDurably(file: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await keepPrevious(file);
    await renameWithRetry(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Keeps the current file as .bak without ever leaving `file` missing: hard link, then rename. */
async function keepPrevious(file: string): Promise<void> {
  const staged = `${backupPathOf(file)}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await link(file, staged);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    // File systems without hard links (FAT, some network shares) get a copy instead.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    await copyFile(file, staged);
    const handle = await open(staged, 'r+');
    await handle.sync().finally(() => handle.close());
  }
  await renameWithRetry(staged, backupPathOf(file));
}

/** On Windows a virus scanner may hold the target for a moment; elsewhere rename is atomic. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = isWindows && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync and needs no help. */
export async function syncDirectory(dir: string): Promise<void> {
  if (isWindows) return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
